namespace ClaimTracker.Recognition.Locations;

/// <summary>
/// A canonical place. Ids: a country's ISO 3166-1 alpha-2 code ("IR"); a gazetteer city
/// "&lt;country&gt;/&lt;slug&gt;" ("AZ/baku"); a place found by pattern "&lt;kind&gt;/&lt;slug of its text&gt;"
/// ("facility/nakhchivan-airport").
/// </summary>
/// <param name="Id">Stable identifier, see the type remarks.</param>
/// <param name="Name">Display name.</param>
/// <param name="Kind">What sort of place this is.</param>
/// <param name="CountryId">The country the place lies in, or null when unknown.</param>
public sealed record Location(string Id, string Name, LocationKind Kind, string? CountryId);
