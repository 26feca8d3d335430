namespace ClaimTracker.Evaluation;

/// <summary>The gva-dev evaluation: casualty figures per incident and event grouping over mixed incidents.</summary>
/// <param name="Folder">The data set folder.</param>
/// <param name="Incidents">Incidents evaluated.</param>
/// <param name="Articles">Articles analyzed.</param>
/// <param name="Casualties">Killed and injured figures against GVA's counts.</param>
/// <param name="Disagreements">Differing figures and the conflicts reported for them.</param>
/// <param name="BatchSize">Incidents whose articles were analyzed together in one grouping run.</param>
/// <param name="Batches">How many grouping runs.</param>
/// <param name="Grouping">B³ of the predicted events against the incidents, over every casualty claim of every batch.</param>
public sealed record GvaReport(
    string Folder,
    int Incidents,
    int Articles,
    IReadOnlyList<CasualtyAccuracy> Casualties,
    IReadOnlyList<CasualtyDisagreement> Disagreements,
    int BatchSize,
    int Batches,
    B3Score Grouping);
