namespace ClaimTracker.Recognition.Dates;

/// <summary>Units a relative expression can count in before they are normalized to a <see cref="DateUnit"/>.</summary>
internal enum CountedUnit
{
    Hour,
    Day,
    Week,
    Month,
    Year,
    Decade,
}
