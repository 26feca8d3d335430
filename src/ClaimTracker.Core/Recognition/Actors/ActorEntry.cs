namespace ClaimTracker.Recognition.Actors;

/// <summary>
/// A user-supplied actor for <see cref="Gazetteer.With(IEnumerable{ActorEntry})"/>. An entry whose actor id
/// already exists adds its names to that actor.
/// </summary>
/// <param name="Actor">The canonical actor.</param>
/// <param name="Names">Names and aliases that refer to it, written as in text ("Islamic Republic of Iran").</param>
public sealed record ActorEntry(Actor Actor, IReadOnlyList<string> Names)
{
    /// <summary>Adjectives and people nouns for a country ("Iranian", "Iranians").</summary>
    public IReadOnlyList<string> Demonyms { get; init; } = [];

    /// <summary>Capitals whose name can stand for the country's government ("Tehran").</summary>
    public IReadOnlyList<string> Capitals { get; init; } = [];
}
