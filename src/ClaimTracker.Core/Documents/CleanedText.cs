namespace ClaimTracker.Documents;

/// <summary>Article text after cleaning, with the publication date its header carried, if any.</summary>
/// <param name="Text">The cleaned text that every span indexes.</param>
/// <param name="HeaderDate">The date of a leading <c>date YYYY-MM-DD</c> line, when present.</param>
internal readonly record struct CleanedText(string Text, DateOnly? HeaderDate);
