namespace ClaimTracker.Recognition.Actors;

/// <summary>A generic state body ("foreign ministry") that becomes an actor once attached to a country.</summary>
/// <param name="Key">Id suffix, e.g. "foreign-ministry".</param>
/// <param name="Name">Display name, e.g. "Foreign Ministry".</param>
/// <param name="RequiresCountry">Whether the phrase is too generic ("forces", "officials") to stand without a
/// country written right beside it.</param>
/// <param name="IsForeignMission">Whether the body works abroad (an embassy), so "the embassy in Tehran" belongs to
/// another country than the host city's.</param>
internal sealed record BodyDefinition(string Key, string Name, bool RequiresCountry, bool IsForeignMission);
