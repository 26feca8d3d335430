using ClaimTracker.Claims;

namespace ClaimTracker.Evaluation;

/// <summary>How often articles about one incident that give different figures come out as a conflict.</summary>
/// <param name="Type">Killed or injured.</param>
/// <param name="Disputed">Incidents with at least two distinct extracted figures of this type.</param>
/// <param name="Flagged">Of those, incidents where a conflict holds claims of this type.</param>
/// <param name="FlaggedWithoutDispute">Incidents with such a conflict but fewer than two distinct figures.</param>
public sealed record CasualtyDisagreement(CasualtyType Type, int Disputed, int Flagged, int FlaggedWithoutDispute)
{
    /// <summary>Flagged / disputed.</summary>
    public double FlaggedRate => Disputed == 0 ? 0 : (double)Flagged / Disputed;
}
