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
        // The distinct dates in the order they are first published, each with its claims in that order.
        var values = new List<(DateInterval Date, List<Claim> Claims)>();
        foreach (var claim in sources.InPublicationOrder(claims))
        {
            var date = ((EventDateValue)claim.Value).Date;
            var index = values.FindIndex(v => v.Date == date);
            if (index < 0)
            {
                values.Add((date, [claim]));
            }
            else
            {
                values[index].Claims.Add(claim);
            }
        }

        var involved = new bool[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            for (var j = i + 1; j < values.Count; j++)
            {
                if (!values[i].Date.Overlaps(values[j].Date))
                {
                    involved[i] = true;
                    involved[j] = true;
                }
            }
        }

        var sides = new List<(string Value, IReadOnlyList<Claim> Claims)>();
        for (var i = 0; i < values.Count; i++)
        {
            if (involved[i])
            {
                sides.Add((Show(values[i].Date), values[i].Claims));
            }
        }

        if (sides.Count == 0)
        {
            yield break;
        }

        var text = ExplanationText.Start().Append("Sources disagree on the date: ");
        for (var i = 0; i < sides.Count; i++)
        {
            text.Append(i > 0 ? " vs " : "").Append(sides[i].Value).Append(" (").AppendAttributions(sides[i].Claims).Append(')');
        }

        yield return ConflictFactory.Create(eventId, ConflictKind.DateMismatch, About, sides, text.ToString());
    }

    private static string Show(DateInterval date) => EventLabel.FormatDate(date);
}
