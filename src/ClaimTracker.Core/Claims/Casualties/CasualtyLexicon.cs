using System.Collections.Frozen;
using ClaimTracker.Resources;
using ClaimTracker.Text;
using Newtonsoft.Json;

namespace ClaimTracker.Claims.Casualties;

/// <summary>The casualty vocabulary of casualties.json.</summary>
internal sealed class CasualtyLexicon
{
    private CasualtyLexicon(Data data)
    {
        After = Typed(data.Killed.After, data.Injured.After, data.NotCasualty);
        Active = Typed(data.Killed.Active, data.Injured.Active, data.NotCasualty);
        Result = new PhraseSet<bool>(data.Result.Select(r => (r, true)));
        Victims = new PhraseSet<bool>(data.Victims.Select(v => (v, true)));
        SingularSubjects = data.SingularSubjects.ToFrozenSet(StringComparer.Ordinal);
        Zero = new PhraseSet<IReadOnlyList<CasualtyType>>(data.ZeroPhrases.Select(z => (z.Text, (IReadOnlyList<CasualtyType>)z.Types.Select(Parse).ToArray())));
        Tolls = new PhraseSet<CasualtyType>(data.Tolls.Select(t => (t.Text, Parse(t.Type))));
        TollVerbs = new PhraseSet<bool>(data.TollVerbs.Select(v => (v, true)));
        FatalSplit = new PhraseSet<bool>(data.FatalSplit.Select(f => (f, true)));
        Triggers = After.FirstWords.Concat(Active.FirstWords).Concat(Result.FirstWords).Concat(Zero.FirstWords).Concat(Tolls.FirstWords)
            .ToFrozenSet(StringComparer.Ordinal);
        ActiveStarts = Active.FirstWords.ToFrozenSet(StringComparer.Ordinal);
        ResultStarts = Result.FirstWords.ToFrozenSet(StringComparer.Ordinal);
        ZeroStarts = Zero.FirstWords.ToFrozenSet(StringComparer.Ordinal);
        TollStarts = Tolls.FirstWords.ToFrozenSet(StringComparer.Ordinal);
    }

    public static CasualtyLexicon Default { get; } = new(EmbeddedData.Read<Data>("Claims/Casualties/casualties.json"));

    /// <summary>Words after a count and its victims; a null value blocks the match ("shot down").</summary>
    public PhraseSet<CasualtyType?> After { get; }

    /// <summary>Verbs whose object is the count or a named victim; a null value blocks the match.</summary>
    public PhraseSet<CasualtyType?> Active { get; }

    public PhraseSet<bool> Result { get; }

    public PhraseSet<bool> Victims { get; }

    public FrozenSet<string> SingularSubjects { get; }

    public PhraseSet<IReadOnlyList<CasualtyType>> Zero { get; }

    public PhraseSet<CasualtyType> Tolls { get; }

    public PhraseSet<bool> TollVerbs { get; }

    public PhraseSet<bool> FatalSplit { get; }

    /// <summary>
    /// The first words of the casualty, result, zero and toll phrases. Every rule of the extractor needs one of these
    /// phrases, so a sentence without any of the words yields no casualty and is passed after one lookup per word.
    /// </summary>
    public FrozenSet<string> Triggers { get; }

    /// <summary>The first words of <see cref="Active"/>, which the extractor tries at every word (as the next three).</summary>
    public FrozenSet<string> ActiveStarts { get; }

    /// <summary>The first words of <see cref="Result"/>.</summary>
    public FrozenSet<string> ResultStarts { get; }

    /// <summary>The first words of <see cref="Zero"/>.</summary>
    public FrozenSet<string> ZeroStarts { get; }

    /// <summary>The first words of <see cref="Tolls"/>.</summary>
    public FrozenSet<string> TollStarts { get; }

    private static PhraseSet<CasualtyType?> Typed(IEnumerable<string> killed, IEnumerable<string> injured, IEnumerable<string> blocked) =>
        new(killed.Select(k => (k, (CasualtyType?)CasualtyType.Killed))
            .Concat(injured.Select(i => (i, (CasualtyType?)CasualtyType.Injured)))
            .Concat(blocked.Select(b => (b, (CasualtyType?)null))));

    private static CasualtyType Parse(string type) =>
        Enum.TryParse<CasualtyType>(type, ignoreCase: true, out var parsed)
            ? parsed
            : throw new InvalidOperationException($"Unknown casualty type '{type}' in casualties.json.");

    private sealed record Data(
        [property: JsonProperty("killed")] TypeData Killed,
        [property: JsonProperty("injured")] TypeData Injured,
        [property: JsonProperty("result")] IReadOnlyList<string> Result,
        [property: JsonProperty("notCasualty")] IReadOnlyList<string> NotCasualty,
        [property: JsonProperty("victims")] IReadOnlyList<string> Victims,
        [property: JsonProperty("singularSubjects")] IReadOnlyList<string> SingularSubjects,
        [property: JsonProperty("zeroPhrases")] IReadOnlyList<ZeroData> ZeroPhrases,
        [property: JsonProperty("tolls")] IReadOnlyList<TollData> Tolls,
        [property: JsonProperty("tollVerbs")] IReadOnlyList<string> TollVerbs,
        [property: JsonProperty("fatalSplit")] IReadOnlyList<string> FatalSplit);

    private sealed record TypeData(
        [property: JsonProperty("after")] IReadOnlyList<string> After,
        [property: JsonProperty("active")] IReadOnlyList<string> Active);

    private sealed record ZeroData(
        [property: JsonProperty("text")] string Text,
        [property: JsonProperty("types")] IReadOnlyList<string> Types);

    private sealed record TollData(
        [property: JsonProperty("text")] string Text,
        [property: JsonProperty("type")] string Type);
}
