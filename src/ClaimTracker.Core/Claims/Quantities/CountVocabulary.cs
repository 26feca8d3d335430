using System.Collections.Frozen;
using ClaimTracker.Resources;
using ClaimTracker.Text;
using Newtonsoft.Json;

namespace ClaimTracker.Claims.Quantities;

/// <summary>The grammatical words around counts (count-words.json), shared by every counting extractor.</summary>
internal sealed class CountVocabulary
{
    private CountVocabulary(Data data)
    {
        Singles = new PhraseSet<bool>(data.Singles.Select(s => (s, true)));
        OrdinalArticles = data.OrdinalArticles.ToFrozenSet(StringComparer.Ordinal);
        Auxiliaries = data.Auxiliaries.ToFrozenSet(StringComparer.Ordinal);
        Adverbs = data.Adverbs.ToFrozenSet(StringComparer.Ordinal);
        Pronouns = data.Pronouns.ToFrozenSet(StringComparer.Ordinal);
        SingleStarts = Singles.FirstWords.ToFrozenSet(StringComparer.Ordinal);
    }

    public static CountVocabulary Default { get; } = new(EmbeddedData.Read<Data>("Claims/Quantities/count-words.json"));

    public PhraseSet<bool> Singles { get; }

    public FrozenSet<string> OrdinalArticles { get; }

    public FrozenSet<string> Auxiliaries { get; }

    public FrozenSet<string> Adverbs { get; }

    public FrozenSet<string> Pronouns { get; }

    /// <summary>The first words of <see cref="Singles"/>.</summary>
    public FrozenSet<string> SingleStarts { get; }

    private sealed record Data(
        [property: JsonProperty("singles")] IReadOnlyList<string> Singles,
        [property: JsonProperty("ordinalArticles")] IReadOnlyList<string> OrdinalArticles,
        [property: JsonProperty("auxiliaries")] IReadOnlyList<string> Auxiliaries,
        [property: JsonProperty("adverbs")] IReadOnlyList<string> Adverbs,
        [property: JsonProperty("pronouns")] IReadOnlyList<string> Pronouns);
}
