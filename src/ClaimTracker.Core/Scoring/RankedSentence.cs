using ClaimTracker.Documents;

namespace ClaimTracker.Scoring;

/// <summary>One sentence of a text with its scores, as <see cref="SentenceScorer.Rank(string)"/> lists it.</summary>
/// <param name="Index">The sentence's position in the text, from 0.</param>
/// <param name="Span">Where it is in the text.</param>
/// <param name="Text">The sentence.</param>
/// <param name="Score">Its check-worthiness and subjectivity.</param>
public sealed record RankedSentence(int Index, TextSpan Span, string Text, SentenceScore Score);
