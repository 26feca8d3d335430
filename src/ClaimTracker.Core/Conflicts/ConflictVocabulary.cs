using System.Collections.Frozen;
using ClaimTracker.Documents;
using ClaimTracker.Resources;
using ClaimTracker.Text;
using Newtonsoft.Json;

namespace ClaimTracker.Conflicts;

/// <summary>The word lists of conflict-vocabulary.json, loaded once.</summary>
internal sealed class ConflictVocabulary
{
    private static readonly Lazy<ConflictVocabulary> DefaultInstance = new(Load);

    private ConflictVocabulary(PhraseSet<bool> subCountCues, PhraseSet<string> victimGroups, FrozenSet<string> unidentifiedAttackers, PhraseSet<int> timeCues)
    {
        SubCountCues = subCountCues;
        VictimGroups = victimGroups;
        UnidentifiedAttackers = unidentifiedAttackers;
        TimeCues = timeCues;
    }

    public static ConflictVocabulary Default => DefaultInstance.Value;

    public PhraseSet<bool> SubCountCues { get; }

    /// <summary>Victim words to the group they are compared in.</summary>
    public PhraseSet<string> VictimGroups { get; }

    public FrozenSet<string> UnidentifiedAttackers { get; }

    /// <summary>Time cue to its direction: -1 earlier, +1 later.</summary>
    public PhraseSet<int> TimeCues { get; }

    /// <summary>Lower-cased word tokens of <paramref name="text"/>.</summary>
    /// <remarks>Lower-casing keeps every character's class, so the tokens are those of the lower-cased text; each
    /// word's string comes from the thread's <see cref="WordPool"/>.</remarks>
    public static IReadOnlyList<string> Words(string text) =>
        WordPool.Lower(text, Tokenizer.Tokenize(text, new TextSpan(0, text.Length)));

    public static bool Contains<T>(PhraseSet<T> phrases, IReadOnlyList<string> words) =>
        phrases.FindAll(words, 0, words.Count).Any();

    private static ConflictVocabulary Load()
    {
        var file = EmbeddedData.Read<VocabularyFile>("Conflicts/conflict-vocabulary.json");
        return new ConflictVocabulary(
            new PhraseSet<bool>(file.SubCountCues.Select(c => (c, true))),
            new PhraseSet<string>(file.VictimGroups.SelectMany(g => g.Terms.Select(t => (t, g.Group)))),
            file.UnidentifiedAttackers.ToFrozenSet(StringComparer.Ordinal),
            new PhraseSet<int>(file.EarlierCues.Select(c => (c, -1)).Concat(file.LaterCues.Select(c => (c, 1)))));
    }

    private sealed record VocabularyFile(
        [property: JsonProperty("subCountCues")] IReadOnlyList<string> SubCountCues,
        [property: JsonProperty("victimGroups")] IReadOnlyList<VictimGroup> VictimGroups,
        [property: JsonProperty("unidentifiedAttackers")] IReadOnlyList<string> UnidentifiedAttackers,
        [property: JsonProperty("earlierCues")] IReadOnlyList<string> EarlierCues,
        [property: JsonProperty("laterCues")] IReadOnlyList<string> LaterCues);

    private sealed record VictimGroup(
        [property: JsonProperty("group")] string Group,
        [property: JsonProperty("terms")] IReadOnlyList<string> Terms);
}
