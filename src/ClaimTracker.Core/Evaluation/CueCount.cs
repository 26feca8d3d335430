namespace ClaimTracker.Evaluation;

/// <summary>A cue phrase and how many sentences it concerns.</summary>
/// <param name="Cue">The cue, lower-cased.</param>
/// <param name="Count">The number of sentences.</param>
public sealed record CueCount(string Cue, int Count);
