namespace ClaimTracker.Claims.Attribution;

/// <summary>How a word signals an attack.</summary>
internal enum TriggerKind
{
    /// <summary>An attack by itself: "struck", "shelling", "airstrike".</summary>
    Attack,

    /// <summary>An attack only next to a weapon or attack noun: "launched five missiles", "fired rockets".</summary>
    WeaponVerb,
}
