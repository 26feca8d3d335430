using System.Collections.Frozen;
using System.Text.RegularExpressions;
using ClaimTracker.Resources;
using Newtonsoft.Json;

namespace ClaimTracker.Documents;

/// <summary>The page-debris vocabulary read from the embedded <c>debris.json</c>.</summary>
internal sealed class DebrisPatterns
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    private DebrisPatterns(IReadOnlyList<Regex> inline, FrozenSet<string> lines)
    {
        Inline = inline;
        Lines = lines;
    }

    public static DebrisPatterns Default { get; } = Load();

    /// <summary>Fragments removed wherever they occur.</summary>
    public IReadOnlyList<Regex> Inline { get; }

    /// <summary>Whole lines dropped, lower-cased and trimmed.</summary>
    public FrozenSet<string> Lines { get; }

    private static DebrisPatterns Load()
    {
        var data = EmbeddedData.Read<DebrisData>("Documents/debris.json");
        var inline = data.Inline
            .Select(p => new Regex(p, RegexOptions.CultureInvariant | RegexOptions.Compiled, MatchTimeout))
            .ToArray();
        var lines = data.Lines.Select(l => l.Trim().ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
        return new DebrisPatterns(inline, lines);
    }

    private sealed record DebrisData(
        [property: JsonProperty("inline")] IReadOnlyList<string> Inline,
        [property: JsonProperty("lines")] IReadOnlyList<string> Lines);
}
