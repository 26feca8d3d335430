namespace ClaimTracker.Evaluation;

/// <summary>A real-world event of a gold set.</summary>
internal sealed record GoldEvent(string Id, string Label);
