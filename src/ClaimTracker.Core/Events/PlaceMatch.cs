namespace ClaimTracker.Events;

/// <summary>How two places relate when deciding whether two reports describe one event.</summary>
internal enum PlaceMatch
{
    /// <summary>At least one place is unknown: no evidence either way.</summary>
    Unknown,

    /// <summary>The same place, or the same name core ("Odesa" and "Odesa Airport").</summary>
    Same,

    /// <summary>One lies inside the other's country or region.</summary>
    Within,

    /// <summary>Two different places (two cities, or places in two countries).</summary>
    Different,
}
