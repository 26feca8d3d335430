using ClaimTracker.Documents;
using ClaimTracker.Storage;

namespace ClaimTracker.Api.Library;

/// <summary>
/// A <see cref="Tracker"/> kept in step with an <see cref="IClaimStore"/>: the store is the record of what was
/// ingested, the tracker holds the same documents in memory to compute events and conflicts. On first use it loads
/// every stored document, and seeds an empty store from the configured folder.
/// </summary>
internal sealed class PersistentTracker(Tracker tracker, IClaimStore store, string? seedFolder, ILogger<PersistentTracker> logger)
{
    private const int LoadPage = 500;

    private readonly Tracker _tracker = tracker;
    private readonly SemaphoreSlim _loadGate = new(1, 1);
    private bool _isLoaded;

    public IClaimStore Store => store;

    /// <summary>Loads the store (and the seeds, when it is empty) once; later calls return at once.</summary>
    public async Task EnsureLoadedAsync(CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref _isLoaded))
        {
            return;
        }

        await _loadGate.WaitAsync(cancellationToken);
        try
        {
            if (_isLoaded)
            {
                return;
            }

            var documents = new List<Document>();
            for (var offset = 0; ; offset += LoadPage)
            {
                var page = await store.ListAsync(offset, LoadPage, cancellationToken);
                documents.AddRange(page.Select(s => s.Document));
                if (page.Count < LoadPage)
                {
                    break;
                }
            }

            _tracker.Add(documents);
            logger.LogInformation("Loaded {Count} stored document(s).", documents.Count);
            if (documents.Count == 0)
            {
                await SeedAsync(cancellationToken);
            }

            Volatile.Write(ref _isLoaded, true);
        }
        finally
        {
            _loadGate.Release();
        }
    }

    /// <summary>The analysis of every stored document.</summary>
    public async Task<Analysis> AnalyzeAsync(CancellationToken cancellationToken = default)
    {
        await EnsureLoadedAsync(cancellationToken);
        return _tracker.Analyze();
    }

    /// <summary>The conflicts matching <paramref name="query"/>.</summary>
    public async Task<IReadOnlyList<Conflicts.Conflict>> FindConflictsAsync(ConflictQuery query, CancellationToken cancellationToken = default)
    {
        await EnsureLoadedAsync(cancellationToken);
        return _tracker.FindConflicts(query);
    }

    /// <summary>Stores <paramref name="document"/> with its claims unless an equal one is stored already.</summary>
    public async Task<StoreResult> IngestAsync(Document document, CancellationToken cancellationToken = default)
    {
        await EnsureLoadedAsync(cancellationToken);
        var existing = await store.GetAsync(document.Id, cancellationToken);
        if (existing is not null)
        {
            return new StoreResult(existing, Created: false);
        }

        // Claims are extracted once, by the tracker, before the write so that the document and its claims land in
        // one transaction. When the store keeps another document instead (the same text under another id) or fails,
        // the tracker lets this one go again.
        _tracker.Add(document);
        StoreResult result;
        try
        {
            result = await store.AddAsync(document, _tracker.ClaimsOf(document.Id), cancellationToken);
        }
        catch
        {
            _tracker.Remove(document.Id);
            throw;
        }

        if (!result.Created && !string.Equals(result.Stored.Document.Id, document.Id, StringComparison.Ordinal))
        {
            _tracker.Remove(document.Id);
        }

        return result;
    }

    /// <summary>
    /// Stores many documents as <see cref="IngestAsync"/> would one by one, but extracts the new ones on all cores in
    /// one <see cref="Tracker.Add(IEnumerable{Document})"/> and writes them in one transaction.
    /// </summary>
    /// <returns>One result per document, index-aligned with <paramref name="documents"/>.</returns>
    public async Task<IReadOnlyList<StoreResult>> IngestAllAsync(IReadOnlyList<Document> documents, CancellationToken cancellationToken = default)
    {
        await EnsureLoadedAsync(cancellationToken);
        var results = new StoreResult?[documents.Count];
        var fresh = new List<Document>();
        var freshIds = new HashSet<string>(StringComparer.Ordinal);
        var repeats = new List<int>();
        for (var i = 0; i < documents.Count; i++)
        {
            if (await store.GetAsync(documents[i].Id, cancellationToken) is { } existing)
            {
                results[i] = new StoreResult(existing, Created: false);
            }
            else if (freshIds.Add(documents[i].Id))
            {
                fresh.Add(documents[i]);
            }
            else
            {
                // The tracker holds one document per id: a repeated id waits until the first one is stored.
                repeats.Add(i);
            }
        }

        // As in IngestAsync: extracted before the write, let go again when the store keeps another or fails.
        _tracker.Add(fresh);
        IReadOnlyList<StoreResult> stored;
        try
        {
            stored = await store.AddAllAsync(fresh, d => _tracker.ClaimsOf(d.Id), cancellationToken);
        }
        catch
        {
            foreach (var document in fresh)
            {
                _tracker.Remove(document.Id);
            }

            throw;
        }

        var next = 0;
        for (var i = 0; i < documents.Count; i++)
        {
            if (results[i] is null && (next < fresh.Count && ReferenceEquals(documents[i], fresh[next])))
            {
                var result = stored[next++];
                if (!result.Created && !string.Equals(result.Stored.Document.Id, documents[i].Id, StringComparison.Ordinal))
                {
                    _tracker.Remove(documents[i].Id);
                }

                results[i] = result;
            }
        }

        foreach (var i in repeats)
        {
            results[i] = await IngestAsync(documents[i], cancellationToken);
        }

        return results.Select(r => r!).ToArray();
    }

    /// <summary>Deletes the document; its claims go and events and conflicts are recomputed on the next read.</summary>
    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        await EnsureLoadedAsync(cancellationToken);
        var deleted = await store.DeleteAsync(id, cancellationToken);
        _tracker.Remove(id);
        return deleted;
    }

    private async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(seedFolder))
        {
            return;
        }

        if (!Directory.Exists(seedFolder))
        {
            logger.LogWarning("The seed folder {Folder} does not exist; starting with an empty store.", seedFolder);
            return;
        }

        var batch = new DocumentLoader().LoadPaths([seedFolder]);
        foreach (var error in batch.Errors)
        {
            logger.LogWarning("Seed not loaded: {Error}", error.ToString());
        }

        _tracker.Add(batch.Documents);
        var claimsByDocument = _tracker.Analyze().Claims.ToLookup(c => c.DocumentId, StringComparer.Ordinal);
        foreach (var document in batch.Documents)
        {
            await store.AddAsync(document, claimsByDocument[document.Id].ToArray(), cancellationToken);
        }

        logger.LogInformation("The store was empty: loaded {Count} seed article(s) from {Folder}.", batch.Documents.Count, seedFolder);
    }
}
