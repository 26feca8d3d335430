namespace ClaimTracker.Documents;

/// <summary>What a batch load produced: the documents that were read and the inputs that were rejected.</summary>
/// <param name="Documents">The documents, in a stable order (sorted by path).</param>
/// <param name="Errors">One entry per rejected input, naming it and saying why.</param>
public sealed record DocumentBatch(IReadOnlyList<Document> Documents, IReadOnlyList<DocumentError> Errors);
