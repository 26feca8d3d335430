namespace ClaimTracker.Scoring;

/// <summary>How one shipped model was trained and how it scores on data it never saw.</summary>
/// <param name="Recipe">Featurization and trainer ("word 1-2 + char 3 / SDCA LR").</param>
/// <param name="TrainSentences">Sentences the shipped model was trained on.</param>
/// <param name="CrossValidation">Mean over 4 folds of the whole labelled set, the published protocol; null where the data has a fixed test split instead.</param>
/// <param name="HeldOut">The shipped model on the held-out split that training never sees.</param>
public sealed record ModelReport(string Recipe, int TrainSentences, ClassificationMetrics? CrossValidation, ClassificationMetrics HeldOut);
