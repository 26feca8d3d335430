namespace ClaimTracker.Storage;

/// <summary>The outcome of <see cref="IClaimStore.AddAsync"/>.</summary>
/// <param name="Stored">What the store now holds for the document.</param>
/// <param name="Created">True when the document was new; false when an equal one was already stored.</param>
public sealed record StoreResult(StoredDocument Stored, bool Created);
