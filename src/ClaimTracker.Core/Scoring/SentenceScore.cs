namespace ClaimTracker.Scoring;

/// <summary>What the sentence models say about one sentence.</summary>
/// <param name="CheckWorthiness">How likely the sentence is a check-worthy factual claim, from 0 to 1 (ClaimBuster's CFS class).</param>
/// <param name="Subjectivity">How likely it states the writer's opinion rather than a fact, from 0 to 1 (NewsSD-ENG's SUBJ class).</param>
public sealed record SentenceScore(double CheckWorthiness, double Subjectivity)
{
    /// <summary>At or above this subjectivity the subjectivity model calls a sentence subjective.</summary>
    internal const double OpinionSubjectivity = 0.5;

    /// <summary>At or above this check-worthiness a sentence reads as a factual claim, however subjective its wording.</summary>
    internal const double FactualCheckWorthiness = 0.4;

    /// <summary>
    /// Whether the sentence states an opinion: the subjectivity model calls it subjective and the check-worthiness
    /// model sees no factual claim in it. The subjectivity model alone is weak (macro-F1 0.55) and marked real claims
    /// on the gold sets; with both, the ablation in the README marks no gold claim and loses no conflict.
    /// </summary>
    internal bool IsOpinion => Subjectivity >= OpinionSubjectivity && CheckWorthiness < FactualCheckWorthiness;
}
