using System.Globalization;

namespace ClaimTracker.Recognition.Dates;

/// <summary>
/// An inclusive range of calendar days. A month or year mention covers all its days, so "January 2023" and
/// "January 27, 2023" overlap (they agree) while "March 5, 2026" and "March 6, 2026" do not.
/// </summary>
/// <param name="Start">The first day covered.</param>
/// <param name="End">The last day covered; never before <paramref name="Start"/> for intervals this library creates.</param>
public readonly record struct DateInterval(DateOnly Start, DateOnly End)
{
    /// <summary>Number of days covered, counting both ends.</summary>
    public int Days => End.DayNumber - Start.DayNumber + 1;

    /// <summary>The interval of a single day.</summary>
    /// <param name="day">The day.</param>
    public static DateInterval Day(DateOnly day) => new(day, day);

    /// <summary>All days of a calendar month.</summary>
    /// <param name="year">Year, 1 to 9999.</param>
    /// <param name="month">Month, 1 to 12.</param>
    /// <exception cref="ArgumentOutOfRangeException">When the year or month is out of range.</exception>
    public static DateInterval Month(int year, int month) =>
        new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));

    /// <summary>All days of a calendar year.</summary>
    /// <param name="year">Year, 1 to 9999.</param>
    /// <exception cref="ArgumentOutOfRangeException">When the year is out of range.</exception>
    public static DateInterval Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>Whether <paramref name="day"/> lies inside the interval.</summary>
    /// <param name="day">The day to test.</param>
    public bool Contains(DateOnly day) => day >= Start && day <= End;

    /// <summary>Whether <paramref name="other"/> lies entirely inside this interval.</summary>
    /// <param name="other">The interval to test.</param>
    public bool Contains(DateInterval other) => other.Start >= Start && other.End <= End;

    /// <summary>
    /// Whether the two intervals share at least one day: two mentions that overlap are compatible
    /// ("July 2024" and "July 15, 2024"); two that do not contradict each other.
    /// </summary>
    /// <param name="other">The interval to test.</param>
    public bool Overlaps(DateInterval other) => other.Start <= End && Start <= other.End;

    /// <summary>ISO form: "2023-01-27" for one day, "2023-01-01..2023-01-31" for a range.</summary>
    public override string ToString()
    {
        var start = Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return Start == End ? start : start + ".." + End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
