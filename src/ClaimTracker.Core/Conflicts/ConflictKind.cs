namespace ClaimTracker.Conflicts;

/// <summary>How claims about one event disagree.</summary>
public enum ConflictKind
{
    /// <summary>Exact values differ ("2 vs 4 injured").</summary>
    NumericMismatch,

    /// <summary>Ranges or approximations overlap but differ ("15–20 million vs 15–25 million").</summary>
    DivergentEstimates,

    /// <summary>A vague quantity against an exact one that it does not contain ("several" vs "two").</summary>
    VagueMismatch,

    /// <summary>Date intervals that do not overlap.</summary>
    DateMismatch,

    /// <summary>Different attackers are claimed.</summary>
    AttributionMismatch,

    /// <summary>The same actor both denies and acknowledges.</summary>
    StanceConflict,
}
