namespace ClaimTracker.Conflicts;

/// <summary>One way claims about the same event can disagree.</summary>
internal interface IConflictRule
{
    /// <param name="claims">The factual claims about one event, sorted by kind of value.</param>
    /// <param name="sources">Publication dates and outlet names.</param>
    IEnumerable<Conflict> Detect(EventClaims claims, SourceLookup sources);
}
