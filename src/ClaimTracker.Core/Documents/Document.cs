namespace ClaimTracker.Documents;

/// <summary>
/// One article, as ClaimTracker reads it: cleaned text plus what is known about where and when it was published.
/// Every span produced by the pipeline indexes <see cref="Text"/>.
/// </summary>
/// <param name="Id">A stable identifier (the file name without extension, or the id given in JSON).</param>
/// <param name="Source">The outlet or publisher the article is attributed to.</param>
/// <param name="Url">Where the article was published, when known.</param>
/// <param name="Published">The publication date, the reference for relative and partial dates; null when unknown.</param>
/// <param name="Title">The headline, when known.</param>
/// <param name="Text">The cleaned article text.</param>
public sealed record Document(string Id, string Source, Uri? Url, DateOnly? Published, string? Title, string Text);
