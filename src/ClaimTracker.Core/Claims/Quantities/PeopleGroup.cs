namespace ClaimTracker.Claims.Quantities;

/// <summary>An ethnic or national group whose size may be estimated.</summary>
/// <param name="Name">Its plural name as used in a measure ("Kurds").</param>
/// <param name="HomeCountry">The country where it is the majority (ISO alpha-2), whose total population is not a group estimate.</param>
internal sealed record PeopleGroup(string Name, string? HomeCountry);
