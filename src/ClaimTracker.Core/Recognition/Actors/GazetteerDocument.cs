using Newtonsoft.Json;

namespace ClaimTracker.Recognition.Actors;

/// <summary>
/// The JSON shape shared by the embedded data files and user files. Every section is optional; see
/// <see cref="Gazetteer"/> for the format description.
/// </summary>
internal sealed class GazetteerDocument
{
    [JsonProperty("actors")]
    public List<ActorRecord> Actors { get; set; } = [];

    [JsonProperty("places")]
    public List<PlaceRecord> Places { get; set; } = [];

    [JsonProperty("bodies")]
    public List<BodyRecord> Bodies { get; set; } = [];

    [JsonProperty("titles")]
    public List<TitleRecord> Titles { get; set; } = [];

    [JsonProperty("honorifics")]
    public List<string> Honorifics { get; set; } = [];

    [JsonProperty("nameParticles")]
    public List<string> NameParticles { get; set; } = [];

    [JsonProperty("nonNameWords")]
    public List<string> NonNameWords { get; set; } = [];

    [JsonProperty("locativePrepositions")]
    public List<string> LocativePrepositions { get; set; } = [];

    [JsonProperty("territoryNouns")]
    public List<string> TerritoryNouns { get; set; } = [];

    [JsonProperty("locationPatterns")]
    public List<LocationPatternRecord> LocationPatterns { get; set; } = [];

    [JsonProperty("facilityModifiers")]
    public List<string> FacilityModifiers { get; set; } = [];

    /// <summary>Appends every section of <paramref name="other"/>; actors and places merge later by id.</summary>
    public GazetteerDocument Concat(GazetteerDocument other) => new()
    {
        Actors = [.. Actors, .. other.Actors],
        Places = [.. Places, .. other.Places],
        Bodies = [.. Bodies, .. other.Bodies],
        Titles = [.. Titles, .. other.Titles],
        Honorifics = [.. Honorifics, .. other.Honorifics],
        NameParticles = [.. NameParticles, .. other.NameParticles],
        NonNameWords = [.. NonNameWords, .. other.NonNameWords],
        LocativePrepositions = [.. LocativePrepositions, .. other.LocativePrepositions],
        TerritoryNouns = [.. TerritoryNouns, .. other.TerritoryNouns],
        LocationPatterns = [.. LocationPatterns, .. other.LocationPatterns],
        FacilityModifiers = [.. FacilityModifiers, .. other.FacilityModifiers],
    };

    internal sealed class ActorRecord
    {
        [JsonProperty("id")]
        public string Id { get; set; } = "";

        [JsonProperty("name")]
        public string? Name { get; set; }

        [JsonProperty("kind")]
        public ActorKind? Kind { get; set; }

        [JsonProperty("countryId")]
        public string? CountryId { get; set; }

        [JsonProperty("role")]
        public string? Role { get; set; }

        [JsonProperty("names")]
        public List<string> Names { get; set; } = [];

        [JsonProperty("demonyms")]
        public List<string> Demonyms { get; set; } = [];

        [JsonProperty("capitals")]
        public List<string> Capitals { get; set; } = [];

        [JsonProperty("alsoPersonalName")]
        public bool AlsoPersonalName { get; set; }
    }

    internal sealed class PlaceRecord
    {
        [JsonProperty("id")]
        public string Id { get; set; } = "";

        [JsonProperty("name")]
        public string Name { get; set; } = "";

        [JsonProperty("kind")]
        public Locations.LocationKind Kind { get; set; } = Locations.LocationKind.City;

        [JsonProperty("countryId")]
        public string? CountryId { get; set; }

        [JsonProperty("names")]
        public List<string> Names { get; set; } = [];
    }

    internal sealed class BodyRecord
    {
        [JsonProperty("key")]
        public string Key { get; set; } = "";

        [JsonProperty("name")]
        public string Name { get; set; } = "";

        [JsonProperty("names")]
        public List<string> Names { get; set; } = [];

        [JsonProperty("requiresCountry")]
        public bool RequiresCountry { get; set; }

        [JsonProperty("foreignMission")]
        public bool IsForeignMission { get; set; }
    }

    internal sealed class TitleRecord
    {
        [JsonProperty("role")]
        public string Role { get; set; } = "";

        [JsonProperty("names")]
        public List<string> Names { get; set; } = [];
    }

    internal sealed class LocationPatternRecord
    {
        [JsonProperty("kind")]
        public Locations.LocationKind Kind { get; set; }

        [JsonProperty("after")]
        public List<string> After { get; set; } = [];

        [JsonProperty("before")]
        public List<string> Before { get; set; } = [];
    }
}
