using System.Globalization;
using ClaimTracker.Recognition.Dates;

namespace ClaimTracker.Events;

/// <summary>Formats an event's readable label: "drone strike — Odesa — 2025-03-04".</summary>
internal static class EventLabel
{
    private const string Separator = " — ";

    /// <summary>The parts that are known joined by the separator, in one concatenation rather than a list and a join per event.</summary>
    public static string Format(string type, string? place, DateInterval? date)
    {
        var day = date is { } known ? FormatDate(known) : null;
        return (place, day) switch
        {
            (null, null) => type,
            (null, _) => string.Concat(type, Separator, day),
            (_, null) => string.Concat(type, Separator, place),
            _ => string.Concat(type, Separator, place, Separator, day),
        };
    }

    /// <summary>A day as ISO, a whole month as "2023-09", a whole year as "2019", anything else as a range.</summary>
    public static string FormatDate(DateInterval date)
    {
        if (date.Start == date.End)
        {
            return date.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (date.Start.Day == 1 && date.End == date.Start.AddMonths(1).AddDays(-1))
        {
            return date.Start.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        }

        if (date.Start is { Month: 1, Day: 1 } && date.End == new DateOnly(date.Start.Year, 12, 31))
        {
            return date.Start.Year.ToString(CultureInfo.InvariantCulture);
        }

        return date.ToString();
    }
}
