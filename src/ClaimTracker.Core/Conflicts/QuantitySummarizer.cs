using ClaimTracker.Claims;
using ClaimTracker.Documents;
using ClaimTracker.Recognition.Numbers;

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
        // only their claims are sorted by event and kind, in one pass that also takes every factual quantity (compared
        // across events). Events come in the order their first claim does, as grouping the claims by event gave them.
        var contestedEvents = contested.Select(k => k.EventId).ToHashSet(StringComparer.Ordinal);
        var sources = new SourceLookup(documents);
        var byEvent = new Dictionary<string, EventClaims>(StringComparer.Ordinal);
        var ofContested = new List<EventClaims>();
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
                if (!byEvent.TryGetValue(eventId, out var ofEvent))
                {
                    ofEvent = new EventClaims(eventId);
                    byEvent.Add(eventId, ofEvent);
                    ofContested.Add(ofEvent);
                }

                ofEvent.Add(claim);
            }
        }

        var groups = ofContested
            .SelectMany(subjects.Groups)
            .Concat(NumericSubjects.Quantities(quantities));
        var tally = new Tally();
        return groups
            .Where(g => contested.Contains((g.EventId, g.About)))
            .Select(g => Summary(g, sources, tally))
            .ToArray();
    }

    // Summary and Reported are loops over the group's numbers: grouping, ordering and Distinct built a lookup, sort maps,
    // sets and iterators for every value of every contested quantity, two thirds of what summarizing allocated.

    private static QuantitySummary Summary(NumericGroup group, SourceLookup sources, Tally tally)
    {
        // The distinct values in the order first reported, and the numbers of each in their order (a counting sort).
        var numbers = group.Numbers;
        var valueOf = new int[numbers.Count];
        var firsts = new List<int>();
        tally.Values.Clear();
        for (var i = 0; i < numbers.Count; i++)
        {
            var number = numbers[i].Value;
            if (!tally.Values.TryGetValue((number.Min, number.Max, number.Qualifier), out var value))
            {
                value = firsts.Count;
                tally.Values.Add((number.Min, number.Max, number.Qualifier), value);
                firsts.Add(i);
            }

            valueOf[i] = value;
        }

        var starts = new int[firsts.Count + 1];
        foreach (var value in valueOf)
        {
            starts[value + 1]++;
        }

        for (var v = 1; v < starts.Length; v++)
        {
            starts[v] += starts[v - 1];
        }

        var byValue = new int[numbers.Count];
        var next = starts[..^1];
        for (var i = 0; i < numbers.Count; i++)
        {
            byValue[next[valueOf[i]]++] = i;
        }

        // By lowest, then highest (open-ended last), ties in the order first reported.
        var order = new int[firsts.Count];
        for (var v = 0; v < order.Length; v++)
        {
            order[v] = v;
        }

        Array.Sort(order, (a, b) => Compare(numbers[firsts[a]].Value, numbers[firsts[b]].Value, a, b));
        var values = new ReportedValue[order.Length];
        for (var v = 0; v < values.Length; v++)
        {
            values[v] = Reported(numbers, byValue.AsSpan(starts[order[v]], starts[order[v] + 1] - starts[order[v]]), sources, tally.Seen);
        }

        // The first of the highest (open-ended first, then by lowest) and the first of the latest published.
        var highest = values[0];
        ReportedValue? latest = null;
        foreach (var value in values)
        {
            var top = value.Max ?? decimal.MaxValue;
            var best = highest.Max ?? decimal.MaxValue;
            if (top > best || (top == best && value.Min > highest.Min))
            {
                highest = value;
            }

            if (value.LastPublished is { } last && (latest is null || last > latest.LastPublished))
            {
                latest = value;
            }
        }

        return new QuantitySummary(group.EventId, group.About, values, values[0], highest, latest);
    }

    private static int Compare(NumberValue a, NumberValue b, int aSeen, int bSeen)
    {
        var byMin = a.Min.CompareTo(b.Min);
        if (byMin != 0)
        {
            return byMin;
        }

        var byMax = (a.Max ?? decimal.MaxValue).CompareTo(b.Max ?? decimal.MaxValue);
        return byMax != 0 ? byMax : aSeen.CompareTo(bSeen);
    }

    /// <summary>One value with its claims and sources (each once, in the order reported) and its first and last publication.</summary>
    /// <param name="numbers">The group's numbers.</param>
    /// <param name="reporting">The indexes of the numbers that report the value, in order.</param>
    /// <param name="sources">Publication dates.</param>
    /// <param name="seen">A set to reuse.</param>
    private static ReportedValue Reported(IReadOnlyList<ReportedNumber> numbers, ReadOnlySpan<int> reporting, SourceLookup sources, HashSet<string> seen)
    {
        // Arrays as long as the value's numbers, cut only when some repeat: lists made a list and a copy of each.
        var claims = new string[reporting.Length];
        var claimCount = 0;
        seen.Clear();
        foreach (var i in reporting)
        {
            if (seen.Add(numbers[i].Claim.Id))
            {
                claims[claimCount++] = numbers[i].Claim.Id;
            }
        }

        var outlets = new string[reporting.Length];
        var outletCount = 0;
        DateOnly? earliest = null;
        DateOnly? latest = null;
        seen.Clear();
        foreach (var i in reporting)
        {
            var claim = numbers[i].Claim;
            if (seen.Add(claim.Source))
            {
                outlets[outletCount++] = claim.Source;
            }

            if (sources.Published(claim) is { } day)
            {
                earliest = earliest is null || day < earliest ? day : earliest;
                latest = latest is null || day > latest ? day : latest;
            }
        }

        var first = numbers[reporting[0]];
        return new ReportedValue(first.Label, first.Value.Min, first.Value.Max, Fitted(claims, claimCount), Fitted(outlets, outletCount), earliest, latest);
    }

    /// <summary>The first <paramref name="count"/> items: the array itself when it holds no more.</summary>
    private static string[] Fitted(string[] items, int count) => count == items.Length ? items : items[..count];

    /// <summary>A map of distinct values and a set, reused by every summary.</summary>
    private sealed class Tally
    {
        /// <summary>Each distinct value (bounds as decimals compare, and qualifier) and its position in the order first reported.</summary>
        public Dictionary<(decimal Min, decimal? Max, NumberQualifier Qualifier), int> Values { get; } = [];

        public HashSet<string> Seen { get; } = new(StringComparer.Ordinal);
    }
}
