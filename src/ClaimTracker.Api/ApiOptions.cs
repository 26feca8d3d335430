namespace ClaimTracker.Api;

/// <summary>The <c>ClaimTracker</c> configuration section.</summary>
internal sealed class ApiOptions
{
    public const string Section = "ClaimTracker";

    /// <summary>The SQLite file, relative to the content root unless absolute.</summary>
    public string Store { get; set; } = "data/claimtracker.db";

    /// <summary>Articles loaded on first start, when the store is empty; empty to load nothing.</summary>
    public string? SeedFolder { get; set; }

    /// <summary>Keys accepted in <c>X-Api-Key</c> for writes; with none, writes are open and the server binds to loopback only.</summary>
    public string[] ApiKeys { get; set; } = [];

    /// <summary>The largest article text accepted, in UTF-8 bytes.</summary>
    public long MaxTextBytes { get; set; } = 1024 * 1024;

    /// <summary>The largest request body accepted for many articles at once (batch, analyze), in bytes.</summary>
    public long MaxRequestBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>The most articles accepted in one batch or analyze request.</summary>
    public int MaxArticlesPerRequest { get; set; } = 100;
}
