namespace ClaimTracker.Claims.Casualties;

/// <summary>Which of the casualty phrase tables (those the extractor tries at every word) have a phrase starting with a word.</summary>
[Flags]
internal enum CasualtyStarts : byte
{
    None = 0,
    Active = 1,
    Result = 2,
    Zero = 4,
    Toll = 8,
}
