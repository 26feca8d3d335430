using ClaimTracker.Recognition.Actors;
using ClaimTracker.Recognition.Dates;
using ClaimTracker.Recognition.Numbers;

namespace ClaimTracker.Claims;

/// <summary>The typed value a claim asserts; one subtype per <see cref="ClaimKind"/>.</summary>
public abstract record ClaimValue;

/// <summary>A count of weapons in one phase of an attack: "four UAVs were directed", "one neutralized".</summary>
/// <param name="Weapon">The weapon class ("drone", "missile", "rocket", "shell", "bomb", "aircraft").</param>
/// <param name="Phase">Which stage the count describes.</param>
/// <param name="Count">How many, as an interval.</param>
public sealed record WeaponCountValue(string Weapon, WeaponPhase Phase, NumberValue Count) : ClaimValue;

/// <summary>A count of people killed or injured.</summary>
/// <param name="Type">Killed or injured.</param>
/// <param name="Victims">Who, as the text calls them ("civilians", "guards"), when it says.</param>
/// <param name="Count">How many, as an interval; zero for "no one was hurt".</param>
public sealed record CasualtyValue(CasualtyType Type, string? Victims, NumberValue Count) : ClaimValue;

/// <summary>When the event happened.</summary>
/// <param name="Date">The resolved date interval (inclusive).</param>
/// <param name="Granularity">How precise the date is.</param>
public sealed record EventDateValue(DateInterval Date, DateGranularity Granularity) : ClaimValue;

/// <summary>Who attacked whom.</summary>
/// <param name="Attacker">The actor said to have attacked.</param>
/// <param name="Target">The actor attacked, when the text says.</param>
public sealed record AttributionValue(Actor Attacker, Actor? Target) : ClaimValue;

/// <summary>An actor's stance on responsibility for the event.</summary>
/// <param name="Actor">Whose stance it is.</param>
/// <param name="Stance">Denial, acknowledgment or accusation.</param>
/// <param name="Against">For an accusation, who is accused, when the text says.</param>
public sealed record StanceValue(Actor Actor, StanceType Stance, Actor? Against) : ClaimValue;

/// <summary>Another contested count, such as a population estimate.</summary>
/// <param name="Measure">What is counted ("ethnic Azerbaijanis in Iran").</param>
/// <param name="Count">How many, as an interval.</param>
public sealed record QuantityValue(string Measure, NumberValue Count) : ClaimValue;
