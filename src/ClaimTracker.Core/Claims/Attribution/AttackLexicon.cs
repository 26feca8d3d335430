using System.Collections.Frozen;
using ClaimTracker.Resources;
using ClaimTracker.Text;
using Newtonsoft.Json;

namespace ClaimTracker.Claims.Attribution;

/// <summary>The attack vocabulary of attack-words.json, shared by the attribution, stance and event-date extractors.</summary>
internal sealed class AttackLexicon
{
    private AttackLexicon(AttackData words)
    {
        Triggers = new PhraseSet<TriggerKind>(
            words.AttackWords.Select(w => (w, TriggerKind.Attack)).Concat(words.WeaponVerbs.Select(w => (w, TriggerKind.WeaponVerb))));
        NotAttacks = new PhraseSet<bool>(words.NotAttacks.Select(w => (w, true)));
        Weapons = Set(words.Weapons);
        Modifiers = Set(words.Modifiers);
        SubjectGaps = Set(words.SubjectGaps);
        AgentLinks = Set(words.AgentLinks);
        OriginLinks = Set(words.OriginLinks);
        TerritoryNouns = Set(words.TerritoryNouns);
        Negators = Set(words.Negators);
        ClauseOpeners = Set(words.ClauseOpeners);
        Prepositions = Set(words.Prepositions);
        TriggerStarts = Triggers.FirstWords.ToFrozenSet(StringComparer.Ordinal);
        NotAttackStarts = NotAttacks.FirstWords.ToFrozenSet(StringComparer.Ordinal);
        Starts = TriggerStarts.Concat(Weapons).ToFrozenSet(StringComparer.Ordinal);
    }

    public static AttackLexicon Default { get; } = new(EmbeddedData.Read<AttackData>("Claims/Attribution/attack-words.json"));

    public PhraseSet<TriggerKind> Triggers { get; }

    /// <summary>The first words of <see cref="Triggers"/>.</summary>
    public FrozenSet<string> TriggerStarts { get; }

    /// <summary>Idioms that hold an attack word but describe no attack ("hit rock bottom").</summary>
    public PhraseSet<bool> NotAttacks { get; }

    /// <summary>The first words of <see cref="NotAttacks"/>.</summary>
    public FrozenSet<string> NotAttackStarts { get; }

    public FrozenSet<string> Weapons { get; }

    public FrozenSet<string> Modifiers { get; }

    public FrozenSet<string> SubjectGaps { get; }

    public FrozenSet<string> AgentLinks { get; }

    public FrozenSet<string> OriginLinks { get; }

    public FrozenSet<string> TerritoryNouns { get; }

    public FrozenSet<string> Negators { get; }

    public FrozenSet<string> ClauseOpeners { get; }

    public FrozenSet<string> Prepositions { get; }

    /// <summary>
    /// The first words of the attack words and weapon verbs, and the weapon nouns. Every attack relation starts from an
    /// attack word or from a weapon's origin ("drones launched from …"), so a sentence with none of these words has no
    /// attack and is passed after one lookup per word.
    /// </summary>
    public FrozenSet<string> Starts { get; }

    /// <summary>Whether the word negates what follows: a listed negator or a contraction such as "didn't".</summary>
    public bool IsNegator(string word) => Negators.Contains(word) || word.EndsWith("n't", StringComparison.Ordinal) || word.EndsWith("n’t", StringComparison.Ordinal);

    private static FrozenSet<string> Set(IEnumerable<string> words) =>
        words.Select(w => w.Trim().ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);

    private sealed record AttackData(
        [property: JsonProperty("attackWords")] IReadOnlyList<string> AttackWords,
        [property: JsonProperty("notAttacks")] IReadOnlyList<string> NotAttacks,
        [property: JsonProperty("weaponVerbs")] IReadOnlyList<string> WeaponVerbs,
        [property: JsonProperty("weapons")] IReadOnlyList<string> Weapons,
        [property: JsonProperty("modifiers")] IReadOnlyList<string> Modifiers,
        [property: JsonProperty("subjectGaps")] IReadOnlyList<string> SubjectGaps,
        [property: JsonProperty("agentLinks")] IReadOnlyList<string> AgentLinks,
        [property: JsonProperty("originLinks")] IReadOnlyList<string> OriginLinks,
        [property: JsonProperty("territoryNouns")] IReadOnlyList<string> TerritoryNouns,
        [property: JsonProperty("negators")] IReadOnlyList<string> Negators,
        [property: JsonProperty("clauseOpeners")] IReadOnlyList<string> ClauseOpeners,
        [property: JsonProperty("prepositions")] IReadOnlyList<string> Prepositions);
}
