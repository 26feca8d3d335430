using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ClaimTracker.Claims;
using ClaimTracker.Documents;
using ClaimTracker.Serialization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ClaimTracker.Storage;

/// <summary>
/// An <see cref="IClaimStore"/> in one SQLite file: write-ahead logging, a schema version with forward migrations,
/// one transaction per ingest, and full-text search (FTS5) over claim evidence. Every statement is parameterized.
/// </summary>
public sealed class SqliteClaimStore : IClaimStore, IDisposable
{
    private const string DocumentColumns = """
        d.id AS Id, d.source AS Source, d.url AS Url, d.published AS Published, d.title AS Title, d.text AS Text,
        d.stored_at AS StoredAt, (SELECT COUNT(*) FROM claims c WHERE c.document_id = d.id) AS ClaimCount
        """;

    private const string ClaimColumns = "c.id AS Id, c.document_id AS DocumentId, c.kind AS Kind, c.source AS Source, c.quote AS Quote, c.json AS Json";

    private readonly string _connectionString;
    private readonly TimeProvider _clock;

    // One writer at a time in this process; other processes wait on SQLite's own lock (busy timeout).
    private readonly SemaphoreSlim _writer = new(1, 1);

    /// <summary>Opens the store in <paramref name="path"/>, creating the file and its folder if needed, and migrates it.</summary>
    /// <param name="path">The database file.</param>
    /// <param name="clock">The clock for storage times; null for the system clock.</param>
    public SqliteClaimStore(string path, TimeProvider? clock = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        _clock = clock ?? TimeProvider.System;
        FilePath = full;

        using var connection = Open();
        connection.Execute("PRAGMA journal_mode = WAL");
        StoreSchema.Migrate(connection);
    }

    /// <summary>The full path of the database file.</summary>
    public string FilePath { get; }

    /// <inheritdoc />
    public async Task<StoreResult> AddAsync(Document document, IReadOnlyList<Claim> claims, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(claims);
        var results = await AddAllAsync([document], _ => claims, cancellationToken).ConfigureAwait(false);
        return results[0];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoreResult>> AddAllAsync(IReadOnlyList<Document> documents, Func<Document, IReadOnlyList<Claim>> claimsOf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(claimsOf);
        await _writer.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var connection = Open();
            using var transaction = connection.BeginTransaction();
            var results = new StoreResult[documents.Count];
            for (var i = 0; i < documents.Count; i++)
            {
                var document = documents[i] ?? throw new ArgumentException("A document is null.", nameof(documents));
                results[i] = Insert(connection, transaction, document, claimsOf(document));
            }

            transaction.Commit();
            return results;
        }
        finally
        {
            _writer.Release();
        }
    }

    /// <inheritdoc />
    public Task<StoredDocument?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        var row = connection.QueryFirstOrDefault<DocumentRow>($"SELECT {DocumentColumns} FROM documents d WHERE d.id = @id", new { id });
        return Task.FromResult(row?.ToStored());
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredDocument>> ListAsync(int offset, int limit, CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        var rows = connection.Query<DocumentRow>(
            $"SELECT {DocumentColumns} FROM documents d ORDER BY d.seq LIMIT @limit OFFSET @offset",
            new { offset = Math.Max(0, offset), limit = Math.Max(0, limit) });
        return Task.FromResult<IReadOnlyList<StoredDocument>>(rows.Select(r => r.ToStored()).ToArray());
    }

    /// <inheritdoc />
    public Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        return Task.FromResult(connection.ExecuteScalar<int>("SELECT COUNT(*) FROM documents"));
    }

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        await _writer.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var connection = Open();
            using var transaction = connection.BeginTransaction();
            connection.Execute("DELETE FROM claim_search WHERE rowid IN (SELECT seq FROM claims WHERE document_id = @id)", new { id }, transaction);
            connection.Execute("DELETE FROM claims WHERE document_id = @id", new { id }, transaction);
            var deleted = connection.Execute("DELETE FROM documents WHERE id = @id", new { id }, transaction);
            transaction.Commit();
            return deleted > 0;
        }
        finally
        {
            _writer.Release();
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredClaim>> ClaimsOfAsync(string documentId, CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        var rows = connection.Query<ClaimRow>($"SELECT {ClaimColumns} FROM claims c WHERE c.document_id = @documentId ORDER BY c.seq", new { documentId });
        return Task.FromResult<IReadOnlyList<StoredClaim>>(rows.Select(r => r.ToStored()).ToArray());
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredClaim>> SearchClaimsAsync(string words, int limit, CancellationToken cancellationToken = default)
    {
        var match = FullTextQuery.FromWords(words);
        if (match is null)
        {
            return Task.FromResult<IReadOnlyList<StoredClaim>>([]);
        }

        using var connection = Open();
        var rows = connection.Query<ClaimRow>(
            $"""
            SELECT {ClaimColumns} FROM claim_search s JOIN claims c ON c.seq = s.rowid
            WHERE claim_search MATCH @match ORDER BY bm25(claim_search) LIMIT @limit
            """,
            new { match, limit = Math.Max(0, limit) });
        return Task.FromResult<IReadOnlyList<StoredClaim>>(rows.Select(r => r.ToStored()).ToArray());
    }

    /// <inheritdoc />
    public Task<bool> IsHealthyAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            using var connection = Open();
            return Task.FromResult(StoreSchema.CurrentVersion(connection) == StoreSchema.LatestVersion);
        }
        catch (SqliteException)
        {
            return Task.FromResult(false);
        }
    }

    /// <summary>Releases pooled connections so the file can be moved or deleted.</summary>
    public void Dispose()
    {
        using (var connection = new SqliteConnection(_connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        _writer.Dispose();
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    /// <summary>Inserts one document and its claims inside <paramref name="transaction"/> unless an equal one is stored.</summary>
    private StoreResult Insert(SqliteConnection connection, SqliteTransaction transaction, Document document, IReadOnlyList<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var hash = ContentHash(document.Text);
        var existing = connection.QueryFirstOrDefault<DocumentRow>(
            $"SELECT {DocumentColumns} FROM documents d WHERE d.id = @Id OR (d.source = @Source AND d.content_hash = @Hash) ORDER BY d.seq LIMIT 1",
            new { document.Id, document.Source, Hash = hash },
            transaction);
        if (existing is not null)
        {
            return new StoreResult(existing.ToStored(), Created: false);
        }

        var storedAt = _clock.GetUtcNow();
        connection.Execute(
            """
            INSERT INTO documents (id, source, url, published, title, text, content_hash, stored_at)
            VALUES (@Id, @Source, @Url, @Published, @Title, @Text, @Hash, @StoredAt)
            """,
            new
            {
                document.Id,
                document.Source,
                Url = document.Url?.AbsoluteUri,
                Published = document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                document.Title,
                document.Text,
                Hash = hash,
                StoredAt = storedAt.ToString("O", CultureInfo.InvariantCulture),
            },
            transaction);

        var count = 0;
        foreach (var claim in claims)
        {
            var seq = connection.ExecuteScalar<long?>(
                """
                INSERT INTO claims (id, document_id, kind, source, quote, json) VALUES (@Id, @DocumentId, @Kind, @Source, @Quote, @Json)
                ON CONFLICT (document_id, id) DO NOTHING RETURNING seq
                """,
                new
                {
                    claim.Id,
                    DocumentId = document.Id,
                    Kind = claim.Kind.ToString(),
                    claim.Source,
                    Quote = claim.Evidence.Text,
                    Json = ClaimTrackerJson.Serialize(claim with { EventId = null }),
                },
                transaction);
            if (seq is not null)
            {
                connection.Execute(
                    "INSERT INTO claim_search (rowid, quote, sentence) VALUES (@Seq, @Quote, @Sentence)",
                    new { Seq = seq, Quote = claim.Evidence.Text, Sentence = claim.Evidence.SentenceText },
                    transaction);
                count++;
            }
        }

        return new StoreResult(new StoredDocument(document, storedAt, count), Created: true);
    }

    private static string ContentHash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private sealed class DocumentRow
    {
        public string Id { get; set; } = "";

        public string Source { get; set; } = "";

        public string? Url { get; set; }

        public string? Published { get; set; }

        public string? Title { get; set; }

        public string Text { get; set; } = "";

        public string StoredAt { get; set; } = "";

        public long ClaimCount { get; set; }

        public StoredDocument ToStored() => new(
            new Document(
                Id,
                Source,
                Url is null ? null : new Uri(Url, UriKind.Absolute),
                Published is null ? null : DateOnly.ParseExact(Published, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                Title,
                Text),
            DateTimeOffset.Parse(StoredAt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            (int)ClaimCount);
    }

    private sealed class ClaimRow
    {
        public string Id { get; set; } = "";

        public string DocumentId { get; set; } = "";

        public string Kind { get; set; } = "";

        public string Source { get; set; } = "";

        public string Quote { get; set; } = "";

        public string Json { get; set; } = "";

        public StoredClaim ToStored() => new(Id, DocumentId, Enum.Parse<ClaimKind>(Kind), Source, Quote, Json);
    }
}
