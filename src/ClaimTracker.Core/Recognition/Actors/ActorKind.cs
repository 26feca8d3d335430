namespace ClaimTracker.Recognition.Actors;

/// <summary>What sort of thing an <see cref="Actor"/> is.</summary>
public enum ActorKind
{
    /// <summary>A sovereign state or territory, identified by its ISO 3166-1 alpha-2 code.</summary>
    Country,

    /// <summary>A body of a state: ministry, general staff, armed forces, intelligence service, parliament.</summary>
    StateBody,

    /// <summary>An alliance or international organisation such as NATO, the EU or the UN.</summary>
    Organisation,

    /// <summary>A non-state armed group such as Hamas or Hezbollah.</summary>
    ArmedGroup,

    /// <summary>A named person, recognized by title pattern or by a later bare surname.</summary>
    Person,

    /// <summary>An office named without its holder, such as "Iran's president".</summary>
    Office,
}
