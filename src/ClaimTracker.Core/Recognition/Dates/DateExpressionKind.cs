namespace ClaimTracker.Recognition.Dates;

/// <summary>The shapes of date expression the scanner reads.</summary>
internal enum DateExpressionKind
{
    /// <summary>Day, month and year ("January 27, 2023", "2023-01-27"), possibly a day range.</summary>
    FullDate,

    /// <summary>Month and year ("July 2024", "early March 2023").</summary>
    MonthYear,

    /// <summary>A year ("in 2025", "late 2022").</summary>
    Year,

    /// <summary>A run of years ("from 2016 to 2020").</summary>
    YearRange,

    /// <summary>A decade ("the early 1990s").</summary>
    Decade,

    /// <summary>Day and month without a year ("On March 4").</summary>
    MonthDay,

    /// <summary>A month without a year ("in January").</summary>
    Month,

    /// <summary>A weekday ("on Thursday").</summary>
    Weekday,

    /// <summary>A shift from the publication date or an earlier mention ("yesterday", "two days later").</summary>
    Relative,
}
