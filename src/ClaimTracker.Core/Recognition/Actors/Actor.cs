namespace ClaimTracker.Recognition.Actors;

/// <summary>
/// A canonical actor a claim can be attributed to or be about. Ids are stable: a country uses its ISO 3166-1
/// alpha-2 code ("IR"); a state body or office is "&lt;country&gt;.&lt;key&gt;" ("IR.foreign-ministry",
/// "AZ.president"); organisations and armed groups use a lowercase slug ("nato", "hamas"); people are
/// "person/&lt;slug of full name&gt;".
/// </summary>
/// <param name="Id">Stable identifier, see the type remarks.</param>
/// <param name="Name">Display name ("Iran", "Foreign Ministry of Iran", "Joe Biden").</param>
/// <param name="Kind">What sort of actor this is.</param>
/// <param name="CountryId">The country the actor belongs to (its own id for a country), or null when unknown.</param>
/// <param name="Role">A person's or office's role ("president", "foreign minister"), otherwise null.</param>
public sealed record Actor(string Id, string Name, ActorKind Kind, string? CountryId, string? Role);
