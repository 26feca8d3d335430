using System.Globalization;
using ClaimTracker.Claims;
using ClaimTracker.Conflicts;
using ClaimTracker.Documents;

namespace ClaimTracker.Cli.Reports;

/// <summary>
/// The readable report of <c>claimtracker analyze</c>: event by event, each conflict with every side's value, sources,
/// claimants and quotes, then each contested quantity's summary; events without conflicts are listed briefly.
/// </summary>
internal sealed class AnalysisTextReport(Analysis analysis)
{
    private const int MaxQuoteLength = 160;

    private readonly Dictionary<string, Claim> _claims = analysis.Claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, Document> _documents = analysis.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);

    public void Write(TextWriter output)
    {
        output.WriteLine(Invariant($"{analysis.Documents.Count} document(s), {analysis.Claims.Count} claim(s), {analysis.Events.Count} event(s), {analysis.Conflicts.Count} conflict(s)."));
        var conflictsByEvent = analysis.Conflicts.ToLookup(c => c.EventId, StringComparer.Ordinal);
        var summariesByEvent = analysis.Summaries.ToLookup(s => s.EventId, StringComparer.Ordinal);
        var contested = analysis.Events.Where(e => conflictsByEvent[e.Id].Any())
            .OrderByDescending(e => conflictsByEvent[e.Id].Count()).ThenBy(e => e.Label, StringComparer.Ordinal);
        foreach (var @event in contested)
        {
            output.WriteLine();
            output.WriteLine(Invariant($"EVENT {@event.Label}  ({@event.DocumentIds.Count} source document(s), {conflictsByEvent[@event.Id].Count()} conflict(s))"));
            foreach (var conflict in conflictsByEvent[@event.Id])
            {
                WriteConflict(output, conflict);
            }

            foreach (var summary in summariesByEvent[@event.Id])
            {
                WriteSummary(output, summary);
            }
        }

        var quiet = analysis.Events.Where(e => !conflictsByEvent[e.Id].Any()).OrderBy(e => e.Label, StringComparer.Ordinal).ToList();
        if (quiet.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Events without conflicts:");
            foreach (var @event in quiet)
            {
                output.WriteLine(Invariant($"  {@event.Label}  ({@event.ClaimIds.Count} claim(s) from {@event.DocumentIds.Count} document(s))"));
            }
        }
    }

    private void WriteConflict(TextWriter output, Conflict conflict)
    {
        output.WriteLine(Invariant($"  CONFLICT {Camel(conflict.Kind)} ({Camel(conflict.Severity)}) on {conflict.About}: {conflict.Explanation}"));
        foreach (var side in conflict.Sides)
        {
            output.WriteLine(Invariant($"    - {side.Value}"));
            foreach (var claim in side.ClaimIds.Select(id => _claims.GetValueOrDefault(id)).OfType<Claim>())
            {
                var published = _documents.GetValueOrDefault(claim.DocumentId)?.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";
                output.WriteLine(Invariant($"        {claim.Source}, {published}; claimant {claim.Claimant.Name}; {Camel(claim.Modality)}"));
                output.WriteLine(Invariant($"        \"{Shorten(claim.Evidence.Text)}\"  [{claim.DocumentId} {claim.Evidence.Span.Start}-{claim.Evidence.Span.End}]"));
            }
        }
    }

    private static void WriteSummary(TextWriter output, QuantitySummary summary)
    {
        var values = string.Join(" · ", summary.Values.Select(v => $"{v.Value} ({string.Join(", ", v.Sources)})"));
        var latest = summary.Latest is { } value ? $", latest {value.Value}" : "";
        output.WriteLine(Invariant($"  QUANTITY {summary.About}: {values} — lowest {summary.Lowest.Value}, highest {summary.Highest.Value}{latest}"));
    }

    private static string Shorten(string quote)
    {
        var flat = quote.ReplaceLineEndings(" ");
        return flat.Length <= MaxQuoteLength ? flat : string.Concat(flat.AsSpan(0, MaxQuoteLength - 1), "…");
    }

    private static string Camel<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        return string.Concat(name[..1].ToLowerInvariant(), name.AsSpan(1));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
