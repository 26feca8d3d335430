using ClaimTracker.Documents;

namespace ClaimTracker.Claims;

/// <summary>Where a claim stands in its document: the exact quote and the sentence around it.</summary>
/// <param name="Span">The quote's offsets in the document text.</param>
/// <param name="Text">The quote itself.</param>
/// <param name="Sentence">The offsets of the sentence that holds the quote.</param>
/// <param name="SentenceText">The whole sentence, for context.</param>
public sealed record Evidence(TextSpan Span, string Text, TextSpan Sentence, string SentenceText);
