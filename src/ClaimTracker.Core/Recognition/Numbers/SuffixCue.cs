namespace ClaimTracker.Recognition.Numbers;

/// <summary>A phrase after a number that qualifies it ("or more", "or so").</summary>
/// <param name="Effect">What the phrase does.</param>
/// <param name="Lower">For approximate phrases: the factor giving the lower bound.</param>
/// <param name="Upper">For approximate phrases: the factor giving the upper bound.</param>
internal sealed record SuffixCue(SuffixEffect Effect, decimal Lower, decimal Upper);
