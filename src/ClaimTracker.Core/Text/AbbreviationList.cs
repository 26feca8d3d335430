using System.Collections.Frozen;
using ClaimTracker.Resources;
using Newtonsoft.Json;

namespace ClaimTracker.Text;

/// <summary>The abbreviation vocabulary of <see cref="SentenceSplitter"/>, read from the embedded <c>abbreviations.json</c>.</summary>
internal sealed class AbbreviationList
{
    private AbbreviationList(AbbreviationData data)
    {
        Never = data.Never.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        BeforeNumber = data.BeforeNumber.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        MayEnd = data.MayEnd.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        SentenceOpeners = data.SentenceOpeners.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    public static AbbreviationList Default { get; } = new(EmbeddedData.Read<AbbreviationData>("Text/abbreviations.json"));

    public FrozenSet<string> Never { get; }

    public FrozenSet<string> BeforeNumber { get; }

    public FrozenSet<string> MayEnd { get; }

    public FrozenSet<string> SentenceOpeners { get; }

    private sealed record AbbreviationData(
        [property: JsonProperty("never")] IReadOnlyList<string> Never,
        [property: JsonProperty("beforeNumber")] IReadOnlyList<string> BeforeNumber,
        [property: JsonProperty("mayEnd")] IReadOnlyList<string> MayEnd,
        [property: JsonProperty("sentenceOpeners")] IReadOnlyList<string> SentenceOpeners);
}
