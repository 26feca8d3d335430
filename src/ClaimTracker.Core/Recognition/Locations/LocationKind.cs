namespace ClaimTracker.Recognition.Locations;

/// <summary>What sort of place a <see cref="Location"/> is.</summary>
public enum LocationKind
{
    /// <summary>A country used as a place ("drones launched from Iran").</summary>
    Country,

    /// <summary>A province, autonomous republic, region, sea or river.</summary>
    Region,

    /// <summary>A city or town.</summary>
    City,

    /// <summary>A village or settlement.</summary>
    Village,

    /// <summary>A man-made site: airport, embassy, base, pipeline, port, power plant.</summary>
    Facility,
}
