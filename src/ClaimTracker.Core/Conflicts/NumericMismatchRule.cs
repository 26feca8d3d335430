using ClaimTracker.Claims;
using ClaimTracker.Recognition.Numbers;

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
        var values = Values(group, sources);

        // The indexes of the values each kind of conflict involves; Compare only ever gives the three numeric kinds.
        var involved = new bool[]?[(int)ConflictKind.VagueMismatch + 1];
        for (var i = 0; i < values.Count; i++)
        {
            for (var j = i + 1; j < values.Count; j++)
            {
                if (!values[i].HasAnchor && !values[j].HasAnchor)
                {
                    continue;
                }

                if (NumericComparison.Compare(values[i].Value, values[j].Value) is { } kind)
                {
                    var marked = involved[(int)kind] ??= new bool[values.Count];
                    marked[i] = true;
                    marked[j] = true;
                }
            }
        }

        for (var k = 0; k < involved.Length; k++)
        {
            if (involved[k] is not { } marked)
            {
                continue;
            }

            var sides = new List<(string Label, IReadOnlyList<Claim> Claims)>();
            for (var i = 0; i < values.Count; i++)
            {
                if (marked[i])
                {
                    sides.Add((values[i].Label, values[i].Claims));
                }
            }

            var (earliest, latest) = FirstAndLast(sides, sources);
            var dated = sources.Published(earliest) is { } first && sources.Published(latest) is { } last && first < last;
            var text = ExplanationText.Start().Append("Sources disagree on ").Append(group.About).Append(": ");
            for (var i = 0; i < sides.Count; i++)
            {
                text.Append(i > 0 ? " vs " : "").Append(sides[i].Label).Append(" (").AppendAttributions(sides[i].Claims).Append(')');
            }

            if (dated)
            {
                text.Append("; earliest ").Append(LabelOf(sides, earliest)).Append(" (").Append(earliest.Source).Append(", ").Append(SourceLookup.Day(sources.Published(earliest)))
                    .Append("), latest ").Append(LabelOf(sides, latest)).Append(" (").Append(latest.Source).Append(", ").Append(SourceLookup.Day(sources.Published(latest))).Append(')');
            }

            if (group.Context is { } context)
            {
                text.Append("; ").Append(context);
            }

            yield return ConflictFactory.Create(group.EventId, (ConflictKind)k, group.About, sides, text.ToString(), dated ? latest : null);
        }
    }

    /// <summary>The group's distinct values, each with its numbers, earliest published first (then lowest).</summary>
    private static List<Position> Values(NumericGroup group, SourceLookup sources)
    {
        var values = new List<Position>();
        foreach (var number in group.Numbers)
        {
            var value = values.Count > 0 && SameValue(values[^1].Value, number.Value) ? values[^1] : null;
            for (var i = 0; value is null && i < values.Count; i++)
            {
                value = SameValue(values[i].Value, number.Value) ? values[i] : null;
            }

            if (value is null)
            {
                value = new Position(values.Count, number);
                values.Add(value);
            }

            value.Add(number, sources.Published(number.Claim) ?? DateOnly.MaxValue);
        }

        // List.Sort is not stable: the first-seen order breaks ties, as the ordering this replaces did.
        values.Sort((a, b) => a.FirstPublished != b.FirstPublished ? a.FirstPublished.CompareTo(b.FirstPublished)
            : a.Value.Min != b.Value.Min ? a.Value.Min.CompareTo(b.Value.Min)
            : a.Seen.CompareTo(b.Seen));
        return values;
    }

    private static bool SameValue(NumberValue a, NumberValue b) => a.Min == b.Min && a.Max == b.Max && a.Qualifier == b.Qualifier;

    /// <summary>The first and the last of the sides' claims in publication order (<see cref="SourceLookup.InPublicationOrder"/>).</summary>
    private static (Claim First, Claim Last) FirstAndLast(List<(string Label, IReadOnlyList<Claim> Claims)> sides, SourceLookup sources)
    {
        // Each claim's publication is looked up once, and the first's and last's are kept beside them: comparing looked
        // up both claims' dates again, four lookups per claim.
        Claim? first = null;
        Claim? last = null;
        DateOnly? firstPublished = null;
        DateOnly? lastPublished = null;
        foreach (var (_, claims) in sides)
        {
            for (var i = 0; i < claims.Count; i++)
            {
                var claim = claims[i];
                var published = sources.Published(claim);
                if (first is null || SourceLookup.ComparePublication(claim, published, first, firstPublished) < 0)
                {
                    first = claim;
                    firstPublished = published;
                }

                if (last is null || SourceLookup.ComparePublication(claim, published, last, lastPublished) >= 0)
                {
                    last = claim;
                    lastPublished = published;
                }
            }
        }

        return (first!, last!);
    }

    private static string LabelOf(List<(string Label, IReadOnlyList<Claim> Claims)> sides, Claim claim)
    {
        foreach (var (label, claims) in sides)
        {
            if (claims.Contains(claim))
            {
                return label;
            }
        }

        throw new InvalidOperationException("The claim is on no side.");
    }

    /// <summary>One distinct value of a group and the numbers that report it.</summary>
    private sealed class Position(int seen, ReportedNumber first)
    {
        private readonly List<Claim> _claims = [];

        /// <summary>The order in which the value was first met.</summary>
        public int Seen { get; } = seen;

        public NumberValue Value => first.Value;

        /// <summary>How its first number is shown.</summary>
        public string Label => first.Label;

        public IReadOnlyList<Claim> Claims => _claims;

        /// <summary>Whether any of its numbers may be compared with a reference (see <see cref="ReportedNumber.IsAnchor"/>).</summary>
        public bool HasAnchor { get; private set; }

        /// <summary>The earliest publication among its numbers; unknown dates count as last.</summary>
        public DateOnly FirstPublished { get; private set; } = DateOnly.MaxValue;

        public void Add(ReportedNumber number, DateOnly published)
        {
            _claims.Add(number.Claim);
            HasAnchor |= number.IsAnchor;
            if (published < FirstPublished)
            {
                FirstPublished = published;
            }
        }
    }
}
