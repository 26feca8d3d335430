namespace ClaimTracker.Recognition.Dates;

/// <summary>The calendar unit a <see cref="RelativeOffset"/> counts in.</summary>
public enum DateUnit
{
    /// <summary>Days: the anchor interval is shifted day by day.</summary>
    Day,

    /// <summary>Calendar weeks, Monday to Sunday.</summary>
    Week,

    /// <summary>Calendar months.</summary>
    Month,

    /// <summary>Calendar years.</summary>
    Year,
}
