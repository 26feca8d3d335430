using ClaimTracker.Recognition.Actors;

namespace ClaimTracker.Claims.Attribution;

/// <summary>
/// Compares actors at country level: a ministry, an office or a person counts as its country. People recognized
/// without a country in one mention get it from the gazetteer entry of the same id.
/// </summary>
internal static class ActorCountries
{
    /// <summary>The country id of the actor, or its own id when it belongs to no country (an armed group, NATO).</summary>
    public static string CountryIdOf(Actor actor) =>
        actor.CountryId ?? (Gazetteer.Default.Actors.TryGetValue(actor.Id, out var known) ? known.CountryId : null) ?? actor.Id;

    /// <summary>The country actor with <paramref name="countryId"/>, if the gazetteer knows it.</summary>
    public static Actor? Country(string? countryId) =>
        countryId is not null && Gazetteer.Default.Actors.TryGetValue(countryId, out var country) ? country : null;

    /// <summary>A readable name at country level: "Iran" for Iran's foreign ministry, "Hamas" for Hamas.</summary>
    public static string CountryNameOf(Actor actor) => Country(CountryIdOf(actor))?.Name ?? actor.Name;

    /// <summary>Whether the two actors stand for the same country (or the same non-state actor).</summary>
    public static bool SameSide(Actor a, Actor b) => string.Equals(CountryIdOf(a), CountryIdOf(b), StringComparison.Ordinal);
}
