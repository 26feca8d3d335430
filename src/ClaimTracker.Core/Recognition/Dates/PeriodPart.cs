namespace ClaimTracker.Recognition.Dates;

/// <summary>Which part of a month, year or decade a modifier ("early", "mid-", "late", "the end of") selects.</summary>
internal enum PeriodPart
{
    Whole,
    Early,
    Middle,
    Late,
}
