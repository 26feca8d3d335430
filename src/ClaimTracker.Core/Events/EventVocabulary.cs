using System.Collections.Frozen;
using ClaimTracker.Resources;
using ClaimTracker.Text;
using Newtonsoft.Json;

namespace ClaimTracker.Events;

/// <summary>
/// The words that make a sentence about an attack and the event type they imply: the triggers of
/// event-vocabulary.json plus every weapon name of the weapon classes (with their eventType).
/// </summary>
internal sealed class EventVocabulary
{
    private static readonly Lazy<EventVocabulary> DefaultInstance = new(Load);

    private EventVocabulary(string generic, PhraseSet<string?> triggers, FrozenDictionary<string, string> weaponTypes, FrozenSet<string> placeWords)
    {
        Generic = generic;
        Triggers = triggers;
        WeaponTypes = weaponTypes;
        PlaceWords = placeWords;
    }

    public static EventVocabulary Default => DefaultInstance.Value;

    /// <summary>The type compatible with every other ("attack").</summary>
    public string Generic { get; }

    /// <summary>Trigger phrases and weapon names to their event type; null for phrases that only look like triggers.</summary>
    public PhraseSet<string?> Triggers { get; }

    /// <summary>Weapon class ("drone") to event type ("drone strike").</summary>
    public FrozenDictionary<string, string> WeaponTypes { get; }

    /// <summary>Generic words of place names ("port", "airport", "of") that do not tell two places apart.</summary>
    public FrozenSet<string> PlaceWords { get; }

    /// <summary>Whether <paramref name="type"/> is a specific type (not null and not the generic one).</summary>
    public bool IsSpecific(string? type) => type is not null && !string.Equals(type, Generic, StringComparison.Ordinal);

    private static EventVocabulary Load()
    {
        var events = EmbeddedData.Read<EventVocabularyFile>("Events/event-vocabulary.json");
        var weapons = EmbeddedData.Read<WeaponsFile>("Claims/Weapons/weapons.json");
        var phrases = new List<(string, string?)>();
        foreach (var weapon in weapons.Classes)
        {
            phrases.AddRange(weapon.Terms.Select(t => (t, (string?)weapon.EventType)));
        }

        foreach (var trigger in events.Triggers)
        {
            phrases.AddRange(trigger.Terms.Select(t => (t, (string?)trigger.Type)));
        }

        phrases.AddRange(events.Ignore.Select(t => (t, (string?)null)));
        var weaponTypes = weapons.Classes.ToFrozenDictionary(w => w.Class, w => w.EventType, StringComparer.Ordinal);
        return new EventVocabulary(events.Generic, new PhraseSet<string?>(phrases), weaponTypes, events.PlaceWords.ToFrozenSet(StringComparer.Ordinal));
    }

    private sealed record EventVocabularyFile(
        [property: JsonProperty("generic")] string Generic,
        [property: JsonProperty("triggers")] IReadOnlyList<TriggerEntry> Triggers,
        [property: JsonProperty("ignore")] IReadOnlyList<string> Ignore,
        [property: JsonProperty("placeWords")] IReadOnlyList<string> PlaceWords);

    private sealed record TriggerEntry(
        [property: JsonProperty("type")] string Type,
        [property: JsonProperty("terms")] IReadOnlyList<string> Terms);

    private sealed record WeaponsFile([property: JsonProperty("classes")] IReadOnlyList<WeaponClassEntry> Classes);

    private sealed record WeaponClassEntry(
        [property: JsonProperty("class")] string Class,
        [property: JsonProperty("eventType")] string EventType,
        [property: JsonProperty("terms")] IReadOnlyList<string> Terms);
}
