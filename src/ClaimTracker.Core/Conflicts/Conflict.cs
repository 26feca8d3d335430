namespace ClaimTracker.Conflicts;

/// <summary>A disagreement between claims about one event, typed and explained.</summary>
/// <param name="Id">Stable id: the same claims give the same id.</param>
/// <param name="EventId">The event the claims are about.</param>
/// <param name="Kind">How they disagree.</param>
/// <param name="Severity">Hard or soft.</param>
/// <param name="About">What is contested, in words ("drones", "people injured", "Iran's stance", "attacker").</param>
/// <param name="Explanation">One line a person can read.</param>
/// <param name="Sides">Each distinct position with its claims, in a stable order.</param>
public sealed record Conflict(
    string Id,
    string EventId,
    ConflictKind Kind,
    Severity Severity,
    string About,
    string Explanation,
    IReadOnlyList<ConflictSide> Sides)
{
    /// <summary>The claim of the most recent report when the sides were published at different times (a revised toll, a changed stance); otherwise null.</summary>
    public string? LatestClaimId { get; init; }

    /// <summary>Every claim on any side.</summary>
    public IReadOnlyList<string> ClaimIds => Sides.SelectMany(s => s.ClaimIds).Distinct(StringComparer.Ordinal).ToArray();
}
