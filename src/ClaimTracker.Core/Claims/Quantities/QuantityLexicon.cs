using System.Collections.Frozen;
using ClaimTracker.Resources;
using ClaimTracker.Text;
using Newtonsoft.Json;

namespace ClaimTracker.Claims.Quantities;

/// <summary>The vocabulary of quantities.json: groups of people whose size is contested and the words around their counts.</summary>
internal sealed class QuantityLexicon
{
    private QuantityLexicon(Data data)
    {
        Groups = new PhraseSet<PeopleGroup>(data.Groups.SelectMany(g => g.Forms.Select(f => (f, new PeopleGroup(g.Name, g.HomeCountry)))));
        GroupPrefixes = data.GroupPrefixes.ToFrozenSet(StringComparer.Ordinal);
        Hedges = new PhraseSet<bool>(data.Hedges.Select(h => (h, true)));
        MinimumVague = data.MinimumVague;
        Displaced = new PhraseSet<string>(data.Displaced.Select(d => (d.Text, d.Name)));
        PopulationNouns = data.PopulationNouns.ToFrozenSet(StringComparer.Ordinal);
        Links = data.Links.ToFrozenSet(StringComparer.Ordinal);
        Residence = new PhraseSet<bool>(data.Residence.Select(r => (r, true)));
        MaxLinkDistance = data.MaxLinkDistance;
        Triggers = Groups.FirstWords.Concat(Displaced.FirstWords).ToFrozenSet(StringComparer.Ordinal);
    }

    public static QuantityLexicon Default { get; } = new(EmbeddedData.Read<Data>("Claims/Quantities/quantities.json"));

    public PhraseSet<PeopleGroup> Groups { get; }

    public FrozenSet<string> GroupPrefixes { get; }

    /// <summary>Approximation words the number recognizer may leave outside a range ("roughly 15–25 million").</summary>
    public PhraseSet<bool> Hedges { get; }

    /// <summary>The smallest lower bound of a vague count that still estimates a group's size.</summary>
    public decimal MinimumVague { get; }

    /// <summary>Nouns for people who fled, mapped to the name used in the measure.</summary>
    public PhraseSet<string> Displaced { get; }

    public FrozenSet<string> PopulationNouns { get; }

    public FrozenSet<string> Links { get; }

    public PhraseSet<bool> Residence { get; }

    public int MaxLinkDistance { get; }

    /// <summary>
    /// The first words of the group and displaced-people phrases. Every estimate names its group with one of them (a
    /// population noun only counts after a group: "the Kurdish population"), so a sentence with none of the words yields
    /// no quantity and is passed after one lookup per word.
    /// </summary>
    public FrozenSet<string> Triggers { get; }

    private sealed record Data(
        [property: JsonProperty("groups")] IReadOnlyList<GroupData> Groups,
        [property: JsonProperty("groupPrefixes")] IReadOnlyList<string> GroupPrefixes,
        [property: JsonProperty("hedges")] IReadOnlyList<string> Hedges,
        [property: JsonProperty("minimumVague")] decimal MinimumVague,
        [property: JsonProperty("displaced")] IReadOnlyList<DisplacedData> Displaced,
        [property: JsonProperty("populationNouns")] IReadOnlyList<string> PopulationNouns,
        [property: JsonProperty("links")] IReadOnlyList<string> Links,
        [property: JsonProperty("residence")] IReadOnlyList<string> Residence,
        [property: JsonProperty("maxLinkDistance")] int MaxLinkDistance);

    private sealed record GroupData(
        [property: JsonProperty("name")] string Name,
        [property: JsonProperty("forms")] IReadOnlyList<string> Forms,
        [property: JsonProperty("homeCountry")] string? HomeCountry);

    private sealed record DisplacedData(
        [property: JsonProperty("text")] string Text,
        [property: JsonProperty("name")] string Name);
}
