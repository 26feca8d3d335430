namespace ClaimTracker.Scoring;

/// <summary>What the sentence models say about one sentence.</summary>
/// <param name="CheckWorthiness">How likely the sentence is a check-worthy factual claim, from 0 to 1 (ClaimBuster's CFS class).</param>
/// <param name="Subjectivity">How likely it states the writer's opinion rather than a fact, from 0 to 1 (NewsSD-ENG's SUBJ class).</param>
public sealed record SentenceScore(double CheckWorthiness, double Subjectivity);
