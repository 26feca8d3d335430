using ClaimTracker.Claims;
using ClaimTracker.Documents;

namespace ClaimTracker.Conflicts;

/// <summary>
/// For every contested quantity (a subject with a numeric conflict), every value reported with its claims and
/// sources, and the lowest (the conservative figure conflict monitors such as ACLED use), highest and latest.
/// </summary>
internal sealed class QuantitySummarizer(NumericSubjects subjects)
{
    public static QuantitySummarizer Default { get; } = new(NumericSubjects.Default);

    public IReadOnlyList<QuantitySummary> Summarize(IReadOnlyList<Conflict> conflicts, IReadOnlyList<Claim> claims, IReadOnlyDictionary<string, Document> documents)
    {
        var contested = conflicts
            .Where(c => c.Kind is ConflictKind.NumericMismatch or ConflictKind.DivergentEstimates or ConflictKind.VagueMismatch)
            .Select(c => (c.EventId, c.About))
            .ToHashSet();
        if (contested.Count == 0)
        {
            return [];
        }

        // A set of the contested events, so each event's claims are looked up once, not checked against every conflict;
        // only their claims are grouped, in one pass that also takes every factual quantity (compared across events).
        var contestedEvents = contested.Select(k => k.EventId).ToHashSet(StringComparer.Ordinal);
        var sources = new SourceLookup(documents);
        var ofContested = new List<Claim>();
        var quantities = new List<Claim>();
        for (var i = 0; i < claims.Count; i++)
        {
            var claim = claims[i];
            if (!claim.IsFactual || claim.EventId is not { } eventId)
            {
                continue;
            }

            if (claim.Value is QuantityValue)
            {
                quantities.Add(claim);
            }
            else if (contestedEvents.Contains(eventId))
            {
                ofContested.Add(claim);
            }
        }

        var groups = ofContested
            .GroupBy(c => c.EventId!, StringComparer.Ordinal)
            .SelectMany(g => subjects.Groups(g.Key, g.ToArray()))
            .Concat(NumericSubjects.Quantities(quantities));
        return groups
            .Where(g => contested.Contains((g.EventId, g.About)))
            .Select(g => Summary(g, sources))
            .ToArray();
    }

    private static QuantitySummary Summary(NumericGroup group, SourceLookup sources)
    {
        var values = group.Numbers
            .GroupBy(n => (n.Value.Min, n.Value.Max, n.Value.Qualifier))
            .Select(g => Reported(g.ToArray(), sources))
            .OrderBy(v => v.Min)
            .ThenBy(v => v.Max ?? decimal.MaxValue)
            .ToArray();
        var highest = values.OrderByDescending(v => v.Max ?? decimal.MaxValue).ThenByDescending(v => v.Min).First();
        var latest = values.Where(v => v.LastPublished is not null).OrderByDescending(v => v.LastPublished).FirstOrDefault();
        return new QuantitySummary(group.EventId, group.About, values, values[0], highest, latest);
    }

    private static ReportedValue Reported(ReportedNumber[] numbers, SourceLookup sources)
    {
        var dates = numbers.Select(n => sources.Published(n.Claim)).OfType<DateOnly>().ToArray();
        return new ReportedValue(
            numbers[0].Label,
            numbers[0].Value.Min,
            numbers[0].Value.Max,
            numbers.Select(n => n.Claim.Id).Distinct(StringComparer.Ordinal).ToArray(),
            numbers.Select(n => n.Claim.Source).Distinct(StringComparer.Ordinal).ToArray(),
            dates.Length > 0 ? dates.Min() : null,
            dates.Length > 0 ? dates.Max() : null);
    }
}
