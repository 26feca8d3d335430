namespace ClaimTracker.Conflicts;

/// <summary>One position in a conflict: a value and the claims that hold it.</summary>
/// <param name="Value">The value as shown to people ("4 launched", "denial", "Israel").</param>
/// <param name="ClaimIds">The claims that hold it.</param>
/// <param name="Sources">The outlets of those claims.</param>
public sealed record ConflictSide(string Value, IReadOnlyList<string> ClaimIds, IReadOnlyList<string> Sources);
