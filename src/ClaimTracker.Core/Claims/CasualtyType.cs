namespace ClaimTracker.Claims;

/// <summary>The two casualty categories ClaimTracker counts.</summary>
public enum CasualtyType
{
    /// <summary>Killed, dead, died, fatalities, lost their lives.</summary>
    Killed,

    /// <summary>Wounded, injured or hurt: one category.</summary>
    Injured,
}
