namespace ClaimTracker.Documents;

/// <summary>Limits and defaults for <see cref="DocumentLoader"/>.</summary>
public sealed record DocumentLoaderOptions
{
    /// <summary>Files larger than this many bytes are rejected before they are read. Default: 1 MiB.</summary>
    public long MaxFileBytes { get; init; } = 1024 * 1024;

    /// <summary>The source name used when neither a manifest nor the JSON names one. Default: the file name.</summary>
    public string? DefaultSource { get; init; }
}
