namespace ClaimTracker.Recognition.Dates;

/// <summary>
/// The shift a relative expression applies to its reference, kept on the mention so a later stage can re-anchor it:
/// "a day earlier" is <c>(Day, -1, -1, PriorMention)</c>, "hours later" <c>(Day, 0, 1, PriorMention)</c>,
/// "last year" <c>(Year, -1, -1, Publication)</c>. A range <c>Min..Max</c> expresses vagueness.
/// </summary>
/// <param name="Unit">What is counted.</param>
/// <param name="Min">Smallest shift in <paramref name="Unit"/>s (negative is earlier).</param>
/// <param name="Max">Largest shift in <paramref name="Unit"/>s; not less than <paramref name="Min"/>.</param>
/// <param name="Reference">Whether the shift counts from the publication date or from an earlier mention.</param>
public readonly record struct RelativeOffset(DateUnit Unit, int Min, int Max, RelativeReference Reference)
{
    private const int MaxShift = 100_000;

    /// <summary>
    /// The interval this offset denotes when counted from <paramref name="reference"/>. Days shift each end;
    /// weeks, months and years cover the whole calendar unit they land in. Null when the result leaves the calendar.
    /// </summary>
    /// <param name="reference">The publication day or the anchor mention's interval.</param>
    public DateInterval? ApplyTo(DateInterval reference)
    {
        if (Min > Max || Math.Abs(Min) > MaxShift || Math.Abs(Max) > MaxShift)
            return null;

        var first = reference.Start.DayNumber;
        var last = reference.End.DayNumber;
        switch (Unit)
        {
            case DateUnit.Day:
                return FromDayNumbers(first + Min, last + Max);
            case DateUnit.Week:
                var monday = first - (((int)reference.Start.DayOfWeek + 6) % 7);
                var sunday = last + ((7 - (int)reference.End.DayOfWeek) % 7);
                return FromDayNumbers(monday + (7 * Min), sunday + (7 * Max));
            case DateUnit.Month:
                var startMonth = (reference.Start.Year * 12) + reference.Start.Month - 1 + Min;
                var endMonth = (reference.End.Year * 12) + reference.End.Month - 1 + Max;
                if (!IsCalendarYear(startMonth / 12) || !IsCalendarYear(endMonth / 12))
                    return null;
                return new DateInterval(
                    DateInterval.Month(startMonth / 12, (startMonth % 12) + 1).Start,
                    DateInterval.Month(endMonth / 12, (endMonth % 12) + 1).End);
            case DateUnit.Year:
                var startYear = reference.Start.Year + Min;
                var endYear = reference.End.Year + Max;
                if (!IsCalendarYear(startYear) || !IsCalendarYear(endYear))
                    return null;
                return new DateInterval(DateInterval.Year(startYear).Start, DateInterval.Year(endYear).End);
            default:
                return null;
        }
    }

    private static bool IsCalendarYear(int year) => year is >= 1 and <= 9999;

    private static DateInterval? FromDayNumbers(int first, int last)
    {
        var maxDay = DateOnly.MaxValue.DayNumber;
        if (first < 0 || last > maxDay || first > last)
            return null;
        return new DateInterval(DateOnly.FromDayNumber(first), DateOnly.FromDayNumber(last));
    }
}
