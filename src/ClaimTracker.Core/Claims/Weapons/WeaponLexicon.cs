using System.Collections.Frozen;
using ClaimTracker.Claims.Quantities;
using ClaimTracker.Resources;
using ClaimTracker.Text;
using Newtonsoft.Json;

namespace ClaimTracker.Claims.Weapons;

/// <summary>The weapon vocabulary of weapons.json: weapon words by class, what may stand around them, and phase verbs.</summary>
internal sealed class WeaponLexicon
{
    private WeaponLexicon(Data data)
    {
        Weapons = new PhraseSet<WeaponClass>(data.Classes.SelectMany(c => c.Terms.Select(t => (t, new WeaponClass(c.Class, c.Plural)))));
        Modifiers = data.Modifiers.ToFrozenSet(StringComparer.Ordinal);
        Compounds = data.Compounds.ToFrozenSet(StringComparer.Ordinal);
        Remainders = new PhraseSet<bool>(data.Remainders.Select(r => (r, true)));
        ActiveHit = new PhraseSet<WeaponPhase>(data.ActiveHit.Select(v => (v, WeaponPhase.Hit)));
        Phases = new PhraseSet<WeaponPhase>(
            data.Phases.SelectMany(p => p.Value.Select(v => (v, Parse(p.Key))))
                .Concat(data.Neutral.Select(v => (v, WeaponPhase.Unspecified))));
        var phaseVerbs = new PhraseSet<WeaponPhase>(data.Phases.SelectMany(p => p.Value.Select(v => (v, Parse(p.Key)))));
        Triggers = Weapons.FirstWords.Concat(phaseVerbs.FirstWords).Concat(CountVocabulary.Default.Pronouns).ToFrozenSet(StringComparer.Ordinal);
    }

    public static WeaponLexicon Default { get; } = new(EmbeddedData.Read<Data>("Claims/Weapons/weapons.json"));

    public PhraseSet<WeaponClass> Weapons { get; }

    public FrozenSet<string> Modifiers { get; }

    /// <summary>Nouns that, right after a weapon word, make it a modifier ("drone strike") rather than the counted thing.</summary>
    public FrozenSet<string> Compounds { get; }

    public PhraseSet<bool> Remainders { get; }

    /// <summary>Verbs that mean the weapon hit only when it is their active subject.</summary>
    public PhraseSet<WeaponPhase> ActiveHit { get; }

    /// <summary>Phase verbs; neutral ones ("crossed into") map to <see cref="WeaponPhase.Unspecified"/>.</summary>
    public PhraseSet<WeaponPhase> Phases { get; }

    /// <summary>
    /// The first words of the weapon terms and of the verbs that give a phase (not the neutral ones), and the pronouns of
    /// "one of them". Every rule of the extractor needs one of them: a counted weapon is named or referred to by a
    /// pronoun, an elliptical count ("three were shot down") and the rest of a total ("the others reached …") need a
    /// phase verb. A sentence with none of the words yields no weapon count and is passed after one lookup per word.
    /// </summary>
    public FrozenSet<string> Triggers { get; }

    private static WeaponPhase Parse(string phase) =>
        Enum.TryParse<WeaponPhase>(phase, ignoreCase: true, out var parsed)
            ? parsed
            : throw new InvalidOperationException($"Unknown weapon phase '{phase}' in weapons.json.");

    private sealed record Data(
        [property: JsonProperty("classes")] IReadOnlyList<ClassData> Classes,
        [property: JsonProperty("modifiers")] IReadOnlyList<string> Modifiers,
        [property: JsonProperty("compounds")] IReadOnlyList<string> Compounds,
        [property: JsonProperty("remainders")] IReadOnlyList<string> Remainders,
        [property: JsonProperty("neutral")] IReadOnlyList<string> Neutral,
        [property: JsonProperty("activeHit")] IReadOnlyList<string> ActiveHit,
        [property: JsonProperty("phases")] IReadOnlyDictionary<string, IReadOnlyList<string>> Phases);

    private sealed record ClassData(
        [property: JsonProperty("class")] string Class,
        [property: JsonProperty("plural")] string Plural,
        [property: JsonProperty("terms")] IReadOnlyList<string> Terms);
}
