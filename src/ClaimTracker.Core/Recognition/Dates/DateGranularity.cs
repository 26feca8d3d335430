namespace ClaimTracker.Recognition.Dates;

/// <summary>How precisely a date mention pins down its time.</summary>
public enum DateGranularity
{
    /// <summary>A single day (or a short explicit run of days such as "March 4-5, 2026").</summary>
    Day,

    /// <summary>A whole calendar month ("July 2024", "in January").</summary>
    Month,

    /// <summary>A whole calendar year ("in 2025", "last year").</summary>
    Year,

    /// <summary>A vague or widened range ("in late 2022", "hours later", "the early 1990s", "last week").</summary>
    Approximate,
}
