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

    /// <summary>
    /// The word sets the default extractors' shortcuts test every sentence against, and those they ask at every word of
    /// a sentence they read (phrase starts, attack and event words).
    /// </summary>
    public static TriggerIndex Triggers { get; } = new(
    [
        Weapons.WeaponLexicon.Default.Triggers,
        Casualties.CasualtyLexicon.Default.Triggers,
        Quantities.QuantityLexicon.Default.Triggers,
        Attribution.AttackLexicon.Default.Starts,
        Attribution.AttackLexicon.Default.Weapons,
        Stances.StanceExtractor.Default.Triggers,
        Dates.EventDateExtractor.Default.AttackWords,
        Casualties.CasualtyLexicon.Default.ActiveStarts,
        Casualties.CasualtyLexicon.Default.ResultStarts,
        Casualties.CasualtyLexicon.Default.ZeroStarts,
        Casualties.CasualtyLexicon.Default.TollStarts,
        Quantities.CountVocabulary.Default.OrdinalArticles,
        Quantities.CountVocabulary.Default.SingleStarts,
        Attribution.AttackLexicon.Default.TriggerStarts,
        Attribution.AttackLexicon.Default.NotAttackStarts,
        Stances.StanceLexicon.Default.CueStarts,
        Stances.StanceLexicon.Default.Rejections,
        Dates.EventDateVocabulary.Default.AttackContextStarts,
        Dates.EventDateVocabulary.Default.CasualtyWords,
        Dates.EventDateVocabulary.Default.OtherEvents,
        CueLexicon.Default.ReportingVerbStarts,
    ]);
}
