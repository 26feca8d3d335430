namespace ClaimTracker.Claims;

/// <summary>What a claim asserts.</summary>
public enum ClaimKind
{
    /// <summary>How many weapons of a class were launched, hit, intercepted or crashed.</summary>
    WeaponCount,

    /// <summary>How many people were killed or injured.</summary>
    Casualties,

    /// <summary>When the event happened.</summary>
    EventDate,

    /// <summary>Who attacked whom.</summary>
    Attribution,

    /// <summary>An actor's stance on responsibility: denial, acknowledgment or accusation.</summary>
    Stance,

    /// <summary>Another contested count, such as the size of a population ("15–20 million ethnic Azerbaijanis").</summary>
    Quantity,
}
