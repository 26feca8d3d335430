namespace ClaimTracker.Claims.Extraction;

/// <summary>The extractors the default pipeline runs, one per claim kind, in this order.</summary>
internal static class ClaimExtractors
{
    public static IReadOnlyList<IClaimExtractor> All { get; } =
    [
        Weapons.WeaponCountExtractor.Default,
        Casualties.CasualtyExtractor.Default,
        Quantities.QuantityExtractor.Default,
        Attribution.AttributionExtractor.Default,
        Stances.StanceExtractor.Default,
        Dates.EventDateExtractor.Default,
    ];
}
