using ClaimTracker.Claims;
using ClaimTracker.Events;
using ClaimTracker.Recognition.Dates;

namespace ClaimTracker.Conflicts;

/// <summary>Dates of the same event that do not overlap ("January 2023" and "January 27, 2023" overlap and agree).</summary>
internal sealed class DateMismatchRule : IConflictRule
{
    public const string About = "event date";

    public static DateMismatchRule Default { get; } = new();

    public IEnumerable<Conflict> Detect(EventClaims claims, SourceLookup sources) =>
        AnyApart(claims.Dates) ? Conflicts(claims.EventId, claims.Dates, sources) : [];

    /// <summary>Whether any two of the dates fail to overlap, in whatever order; most events are dated alike by every source.</summary>
    private static bool AnyApart(IReadOnlyList<Claim> dates)
    {
        for (var i = 0; i < dates.Count; i++)
        {
            var date = ((EventDateValue)dates[i].Value).Date;
            for (var j = i + 1; j < dates.Count; j++)
            {
                var other = ((EventDateValue)dates[j].Value).Date;
                if (other != date && !date.Overlaps(other))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static IEnumerable<Conflict> Conflicts(string eventId, IReadOnlyList<Claim> claims, SourceLookup sources)
    {
        var values = sources.InPublicationOrder(claims)
            .GroupBy(c => ((EventDateValue)c.Value).Date)
            .Select(g => (Date: g.Key, Claims: (IReadOnlyList<Claim>)g.ToArray()))
            .ToArray();
        var involved = new SortedSet<int>();
        for (var i = 0; i < values.Length; i++)
        {
            for (var j = i + 1; j < values.Length; j++)
            {
                if (!values[i].Date.Overlaps(values[j].Date))
                {
                    involved.Add(i);
                    involved.Add(j);
                }
            }
        }

        if (involved.Count == 0)
        {
            yield break;
        }

        var sides = involved.Select(i => (Show(values[i].Date), values[i].Claims)).ToArray();
        var text = "Sources disagree on the date: " + string.Join(" vs ", sides.Select(s => s.Item1 + " (" + ConflictFactory.Attributions(s.Claims) + ")"));
        yield return ConflictFactory.Create(eventId, ConflictKind.DateMismatch, About, sides, text);
    }

    private static string Show(DateInterval date) => EventLabel.FormatDate(date);
}
