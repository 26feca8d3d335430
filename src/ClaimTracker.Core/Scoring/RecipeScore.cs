namespace ClaimTracker.Scoring;

/// <summary>One row of the comparison used to pick each model's featurization and trainer.</summary>
/// <param name="Model">"check-worthiness" or "subjectivity".</param>
/// <param name="Recipe">Featurization and trainer.</param>
/// <param name="Selection">The score the choice was made on: 4-fold CV within the training part (check-worthiness), or the validation split (subjectivity).</param>
public sealed record RecipeScore(string Model, string Recipe, ClassificationMetrics Selection);
