using System.Collections.Frozen;
using ClaimTracker.Resources;
using ClaimTracker.Text;
using Newtonsoft.Json;

namespace ClaimTracker.Claims.Dates;

/// <summary>The vocabulary of event-dates.json.</summary>
internal sealed class EventDateVocabulary
{
    private EventDateVocabulary(EventDateData data)
    {
        AttackContext = new PhraseSet<bool>(data.AttackContext.Select(w => (w, true)));
        AttackContextStarts = AttackContext.FirstWords.ToFrozenSet(StringComparer.Ordinal);
        CasualtyWords = Set(data.CasualtyWords);
        OtherEvents = Set(data.OtherEvents);
        ReferenceEndings = Set(data.ReferenceEndings);
    }

    public static EventDateVocabulary Default { get; } = new(EmbeddedData.Read<EventDateData>("Claims/Dates/event-dates.json"));

    public PhraseSet<bool> AttackContext { get; }

    /// <summary>The first words of <see cref="AttackContext"/>.</summary>
    public FrozenSet<string> AttackContextStarts { get; }

    public FrozenSet<string> CasualtyWords { get; }

    public FrozenSet<string> OtherEvents { get; }

    public FrozenSet<string> ReferenceEndings { get; }

    private static FrozenSet<string> Set(IEnumerable<string> words) =>
        words.Select(w => w.Trim().ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);

    private sealed record EventDateData(
        [property: JsonProperty("attackContext")] IReadOnlyList<string> AttackContext,
        [property: JsonProperty("casualtyWords")] IReadOnlyList<string> CasualtyWords,
        [property: JsonProperty("otherEvents")] IReadOnlyList<string> OtherEvents,
        [property: JsonProperty("referenceEndings")] IReadOnlyList<string> ReferenceEndings);
}
