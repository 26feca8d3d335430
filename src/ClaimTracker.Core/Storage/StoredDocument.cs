using ClaimTracker.Documents;

namespace ClaimTracker.Storage;

/// <summary>A document as the store holds it.</summary>
/// <param name="Document">The document, with its cleaned text.</param>
/// <param name="StoredAt">When it was first stored (UTC).</param>
/// <param name="ClaimCount">How many claims were stored with it.</param>
public sealed record StoredDocument(Document Document, DateTimeOffset StoredAt, int ClaimCount);
