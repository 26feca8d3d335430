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

    /// <summary>The word sets the default extractors' shortcuts test every sentence against.</summary>
    public static TriggerIndex Triggers { get; } = new(
    [
        Weapons.WeaponLexicon.Default.Triggers,
        Casualties.CasualtyLexicon.Default.Triggers,
        Quantities.QuantityLexicon.Default.Triggers,
        Attribution.AttackLexicon.Default.Starts,
        Attribution.AttackLexicon.Default.Weapons,
        Stances.StanceExtractor.Default.Triggers,
        Dates.EventDateExtractor.Default.AttackWords,
    ]);
}
