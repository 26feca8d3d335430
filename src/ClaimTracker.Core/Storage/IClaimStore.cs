using ClaimTracker.Claims;
using ClaimTracker.Documents;

namespace ClaimTracker.Storage;

/// <summary>
/// Durable storage for documents and the claims extracted from them. Events and conflicts are not stored: they are
/// recomputed by a <see cref="Tracker"/> from the stored documents. Implementations are safe for concurrent use.
/// </summary>
public interface IClaimStore
{
    /// <summary>
    /// Stores <paramref name="document"/> and its <paramref name="claims"/> in one transaction. Ingestion is
    /// idempotent: when a document with the same id, or with the same source and text, is already stored, nothing
    /// changes and the stored one is returned.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="claims">The claims extracted from it.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    Task<StoreResult> AddAsync(Document document, IReadOnlyList<Claim> claims, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores many documents with their claims, each as <see cref="AddAsync"/> would and in the order given, in one
    /// transaction where the store supports it: either all are written or, on failure, none. A document equal to one
    /// stored earlier (or earlier in the same list) is not stored and its result names the one kept.
    /// </summary>
    /// <param name="documents">The documents.</param>
    /// <param name="claimsOf">The claims extracted from a document of the list.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>One result per document, index-aligned with <paramref name="documents"/>.</returns>
    async Task<IReadOnlyList<StoreResult>> AddAllAsync(IReadOnlyList<Document> documents, Func<Document, IReadOnlyList<Claim>> claimsOf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(claimsOf);
        var results = new StoreResult[documents.Count];
        for (var i = 0; i < documents.Count; i++)
        {
            results[i] = await AddAsync(documents[i], claimsOf(documents[i]), cancellationToken).ConfigureAwait(false);
        }

        return results;
    }

    /// <summary>The stored document with <paramref name="id"/>, or null.</summary>
    /// <param name="id">The document id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    Task<StoredDocument?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Stored documents in the order they were stored.</summary>
    /// <param name="offset">How many to skip.</param>
    /// <param name="limit">How many at most to return.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    Task<IReadOnlyList<StoredDocument>> ListAsync(int offset, int limit, CancellationToken cancellationToken = default);

    /// <summary>How many documents are stored.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    Task<int> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>Deletes the document with <paramref name="id"/> and its claims.</summary>
    /// <param name="id">The document id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Whether a document was deleted.</returns>
    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The stored claims of the document with <paramref name="documentId"/>, in extraction order.</summary>
    /// <param name="documentId">The document id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    Task<IReadOnlyList<StoredClaim>> ClaimsOfAsync(string documentId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims whose evidence (quote or sentence) contains every word of <paramref name="words"/>, best match first.
    /// The words are plain text, never query syntax: operators and quotes in them are matched as text.
    /// </summary>
    /// <param name="words">What to search for.</param>
    /// <param name="limit">How many at most to return.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    Task<IReadOnlyList<StoredClaim>> SearchClaimsAsync(string words, int limit, CancellationToken cancellationToken = default);

    /// <summary>Whether the store can be read and written.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    Task<bool> IsHealthyAsync(CancellationToken cancellationToken = default);
}
