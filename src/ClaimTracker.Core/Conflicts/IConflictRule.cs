using ClaimTracker.Claims;

namespace ClaimTracker.Conflicts;

/// <summary>One way claims about the same event can disagree.</summary>
internal interface IConflictRule
{
    /// <param name="eventId">The event.</param>
    /// <param name="claims">The factual claims about it, of every kind.</param>
    /// <param name="sources">Publication dates and outlet names.</param>
    IEnumerable<Conflict> Detect(string eventId, IReadOnlyList<Claim> claims, SourceLookup sources);
}
