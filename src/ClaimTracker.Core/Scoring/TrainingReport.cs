namespace ClaimTracker.Scoring;

/// <summary>What <see cref="SentenceModelTrainer"/> trained and measured; the shipped models' card holds the same.</summary>
/// <param name="Seed">The ML.NET seed every model was trained with.</param>
/// <param name="Data">SHA-256 of every data file read, by its path under the data folder.</param>
/// <param name="CheckWorthiness">The check-worthiness model (ClaimBuster 2.5xNCS, CFS against NCS).</param>
/// <param name="Subjectivity">The subjectivity model (NewsSD-ENG, SUBJ against OBJ).</param>
/// <param name="Comparison">Every recipe tried when asked to compare; empty otherwise.</param>
public sealed record TrainingReport(
    int Seed,
    IReadOnlyDictionary<string, string> Data,
    ModelReport CheckWorthiness,
    ModelReport Subjectivity,
    IReadOnlyList<RecipeScore> Comparison);
