using System.Data;
using Dapper;

namespace ClaimTracker.Storage;

/// <summary>
/// The SQLite schema as a list of forward migrations. A store records the version it reached; opening it applies the
/// migrations after that version, each in its own transaction. Released migrations are never edited, only appended.
/// </summary>
internal static class StoreSchema
{
    private static readonly string[][] Migrations =
    [
        [
            """
            CREATE TABLE documents (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                id TEXT NOT NULL UNIQUE,
                source TEXT NOT NULL,
                url TEXT,
                published TEXT,
                title TEXT,
                text TEXT NOT NULL,
                content_hash TEXT NOT NULL,
                stored_at TEXT NOT NULL,
                UNIQUE (source, content_hash))
            """,
            """
            CREATE TABLE claims (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                id TEXT NOT NULL,
                document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                kind TEXT NOT NULL,
                source TEXT NOT NULL,
                quote TEXT NOT NULL,
                json TEXT NOT NULL,
                UNIQUE (document_id, id))
            """,
            "CREATE INDEX claims_by_id ON claims (id)",
            "CREATE VIRTUAL TABLE claim_search USING fts5 (quote, sentence, tokenize = 'porter unicode61')",
        ],
    ];

    /// <summary>The version a store has once every migration is applied.</summary>
    public static int LatestVersion => Migrations.Length;

    /// <summary>Brings the store at <paramref name="connection"/> up to <see cref="LatestVersion"/>.</summary>
    public static void Migrate(IDbConnection connection)
    {
        connection.Execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        for (var version = CurrentVersion(connection); version < LatestVersion; version++)
        {
            using var transaction = connection.BeginTransaction();

            // Re-read inside the write transaction: another process may have migrated meanwhile.
            if (CurrentVersion(connection, transaction) > version)
            {
                continue;
            }

            foreach (var statement in Migrations[version])
            {
                connection.Execute(statement, transaction: transaction);
            }

            connection.Execute("DELETE FROM schema_version", transaction: transaction);
            connection.Execute("INSERT INTO schema_version (version) VALUES (@version)", new { version = version + 1 }, transaction);
            transaction.Commit();
        }
    }

    /// <summary>The version the store at <paramref name="connection"/> has reached; 0 for a new store.</summary>
    public static int CurrentVersion(IDbConnection connection, IDbTransaction? transaction = null) =>
        connection.ExecuteScalar<int?>("SELECT MAX(version) FROM schema_version", transaction: transaction) ?? 0;
}
