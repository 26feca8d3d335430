using ClaimTracker.Claims;

namespace ClaimTracker.Conflicts;

/// <summary>
/// Numbers reported for the same subject of the same event that cannot all be true: one conflict per subject and
/// kind (numeric mismatch, vague mismatch, divergent estimates), listing only the values involved. When the values
/// were published at different times the explanation names the earliest and the latest.
/// </summary>
internal sealed class NumericMismatchRule(NumericSubjects subjects) : IConflictRule
{
    public static NumericMismatchRule Default { get; } = new(NumericSubjects.Default);

    public IEnumerable<Conflict> Detect(EventClaims claims, SourceLookup sources) =>
        claims.Casualties.Count + claims.Weapons.Count < 2 ? [] : subjects.Groups(claims).SelectMany(g => FromGroup(g, sources));

    public static IEnumerable<Conflict> FromGroup(NumericGroup group, SourceLookup sources) =>
        HasDistinctValues(group) ? Conflicts(group, sources) : [];

    /// <summary>Whether two numbers of the group differ at all; most subjects are reported alike by every source.</summary>
    private static bool HasDistinctValues(NumericGroup group)
    {
        if (group.Numbers.Count < 2)
        {
            return false;
        }

        var first = group.Numbers[0].Value;
        for (var i = 1; i < group.Numbers.Count; i++)
        {
            var other = group.Numbers[i].Value;
            if ((other.Min, other.Max, other.Qualifier) != (first.Min, first.Max, first.Qualifier))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<Conflict> Conflicts(NumericGroup group, SourceLookup sources)
    {
        var values = group.Numbers
            .GroupBy(n => (n.Value.Min, n.Value.Max, n.Value.Qualifier))
            .Select(g => g.ToArray())
            .OrderBy(v => v.Min(n => sources.Published(n.Claim) ?? DateOnly.MaxValue))
            .ThenBy(v => v[0].Value.Min)
            .ToArray();
        var involved = new Dictionary<ConflictKind, SortedSet<int>>();
        for (var i = 0; i < values.Length; i++)
        {
            for (var j = i + 1; j < values.Length; j++)
            {
                if (!values[i].Any(n => n.IsAnchor) && !values[j].Any(n => n.IsAnchor))
                {
                    continue;
                }

                if (NumericComparison.Compare(values[i][0].Value, values[j][0].Value) is { } kind)
                {
                    if (!involved.TryGetValue(kind, out var set))
                    {
                        set = [];
                        involved[kind] = set;
                    }

                    set.Add(i);
                    set.Add(j);
                }
            }
        }

        foreach (var (kind, indexes) in involved.OrderBy(p => p.Key))
        {
            var sides = indexes.Select(i => (values[i][0].Label, (IReadOnlyList<Claim>)values[i].Select(n => n.Claim).ToArray())).ToArray();
            var claims = sides.SelectMany(s => s.Item2).ToArray();
            var ordered = sources.InPublicationOrder(claims).ToArray();
            var earliest = ordered[0];
            var latest = ordered[^1];
            var dated = sources.Published(earliest) is { } first && sources.Published(latest) is { } last && first < last;
            var text = "Sources disagree on " + group.About + ": "
                + string.Join(" vs ", sides.Select(s => s.Label + " (" + ConflictFactory.Attributions(s.Item2) + ")"));
            if (dated)
            {
                text += "; earliest " + LabelOf(sides, earliest) + " (" + earliest.Source + ", " + SourceLookup.Day(sources.Published(earliest))
                    + "), latest " + LabelOf(sides, latest) + " (" + latest.Source + ", " + SourceLookup.Day(sources.Published(latest)) + ")";
            }

            if (group.Context is { } context)
            {
                text += "; " + context;
            }

            yield return ConflictFactory.Create(group.EventId, kind, group.About, sides, text, dated ? latest : null);
        }
    }

    private static string LabelOf((string Label, IReadOnlyList<Claim> Claims)[] sides, Claim claim) =>
        sides.First(s => s.Claims.Contains(claim)).Label;
}
