namespace ClaimTracker.Recognition.Numbers;

/// <summary>A word or phrase before a number that qualifies it ("about", "more than", "up to").</summary>
/// <param name="Qualifier">What the cue makes of the number.</param>
/// <param name="Lower">For approximate cues: the factor giving the lower bound.</param>
/// <param name="Upper">For approximate cues: the factor giving the upper bound.</param>
internal sealed record PrefixCue(NumberQualifier Qualifier, decimal Lower, decimal Upper);
