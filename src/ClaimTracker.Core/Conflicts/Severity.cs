namespace ClaimTracker.Conflicts;

/// <summary>How serious a conflict is for a fact-checker.</summary>
public enum Severity
{
    /// <summary>The claims cannot both be true.</summary>
    Hard,

    /// <summary>The claims differ in precision or estimate but could both be defended.</summary>
    Soft,
}
