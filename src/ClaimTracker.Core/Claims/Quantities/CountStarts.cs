using ClaimTracker.Claims.Extraction;

namespace ClaimTracker.Claims.Quantities;

/// <summary>Which words of a sentence may start an ordinal count ("the second") and which a single ("a", "another").</summary>
/// <param name="OrdinalArticles">The words in <see cref="CountVocabulary.OrdinalArticles"/>.</param>
/// <param name="Singles">The words in <see cref="CountVocabulary.SingleStarts"/>.</param>
/// <param name="PassOthers">Whether a word that starts neither is passed at once (the shortcut on).</param>
internal readonly record struct CountStarts(WordMembership OrdinalArticles, WordMembership Singles, bool PassOthers);
