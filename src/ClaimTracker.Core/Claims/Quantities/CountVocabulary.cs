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
        Starts = OrdinalArticles.Select(w => (Word: w, Start: CountStarts.OrdinalArticle))
            .Concat(Singles.FirstWords.Select(w => (Word: w, Start: CountStarts.Single)))
            .GroupBy(s => s.Word, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Aggregate(CountStarts.None, (starts, s) => starts | s.Start), StringComparer.Ordinal);
    }

    public static CountVocabulary Default { get; } = new(EmbeddedData.Read<Data>("Claims/Quantities/count-words.json"));

    public PhraseSet<bool> Singles { get; }

    public FrozenSet<string> OrdinalArticles { get; }

    public FrozenSet<string> Auxiliaries { get; }

    public FrozenSet<string> Adverbs { get; }

    public FrozenSet<string> Pronouns { get; }

    /// <summary>The ordinal articles and the first words of the singles, with which of the two they are: one lookup per word answers both.</summary>
    public FrozenDictionary<string, CountStarts> Starts { get; }

    private sealed record Data(
        [property: JsonProperty("singles")] IReadOnlyList<string> Singles,
        [property: JsonProperty("ordinalArticles")] IReadOnlyList<string> OrdinalArticles,
        [property: JsonProperty("auxiliaries")] IReadOnlyList<string> Auxiliaries,
        [property: JsonProperty("adverbs")] IReadOnlyList<string> Adverbs,
        [property: JsonProperty("pronouns")] IReadOnlyList<string> Pronouns);
}
