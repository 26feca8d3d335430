using System.Net;

namespace ClaimTracker.Api;

/// <summary>Without an API key, writes are open, so the server listens on loopback addresses only.</summary>
internal static class LoopbackBinding
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>The configured URLs, with every non-loopback host replaced by 127.0.0.1.</summary>
    public static string Restrict(string? urls)
    {
        var list = (string.IsNullOrWhiteSpace(urls) ? DefaultUrl : urls)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Join(';', list.Select(ToLoopback));
    }

    private static string ToLoopback(string url)
    {
        if (!Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri))
        {
            return DefaultUrl;
        }

        var host = uri.Host.Trim('[', ']');
        var isLoopback = string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
        return isLoopback ? url : new UriBuilder(uri) { Host = "127.0.0.1" }.Uri.GetLeftPart(UriPartial.Authority);
    }
}
