namespace ClaimTracker.Claims;

/// <summary>Which stage of an attack a weapon count describes.</summary>
public enum WeaponPhase
{
    /// <summary>The text does not say.</summary>
    Unspecified,

    /// <summary>Launched, fired or directed at the target.</summary>
    Launched,

    /// <summary>Hit or reached the target.</summary>
    Hit,

    /// <summary>Intercepted, neutralized or shot down.</summary>
    Intercepted,

    /// <summary>Crashed or fell short.</summary>
    Crashed,
}
