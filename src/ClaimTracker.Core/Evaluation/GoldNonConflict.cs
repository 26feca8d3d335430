namespace ClaimTracker.Evaluation;

/// <summary>Gold claims that a careless tool would set against each other but that do not disagree.</summary>
internal sealed record GoldNonConflict(string Note, IReadOnlyList<string> ClaimIds);
