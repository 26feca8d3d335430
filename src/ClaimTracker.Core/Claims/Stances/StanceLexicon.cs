using System.Collections.Frozen;
using ClaimTracker.Resources;
using ClaimTracker.Text;
using Newtonsoft.Json;

namespace ClaimTracker.Claims.Stances;

/// <summary>The stance vocabulary of stances.json.</summary>
internal sealed class StanceLexicon
{
    private StanceLexicon(StanceData data)
    {
        Cues = new PhraseSet<StanceType>(
            data.Denial.Select(c => (c, StanceType.Denial))
                .Concat(data.Acknowledgment.Select(c => (c, StanceType.Acknowledgment)))
                .Concat(data.Accusation.Select(c => (c, StanceType.Accusation))));
        ReportedCues = new PhraseSet<bool>(data.ReportedCues.Select(c => (c, true)));
        Negators = new PhraseSet<bool>(data.Negators.Select(n => (n, true)));
        Rejections = Set(data.Rejections);
        RejectedObjects = Set(data.RejectedObjects);
        AccusedFollows = Set(data.AccusedFollows);
        AccusedAfter = Set(data.AccusedAfter);
        CueStarts = Cues.FirstWords.ToFrozenSet(StringComparer.Ordinal);
        Triggers = CueStarts.Concat(Rejections).ToFrozenSet(StringComparer.Ordinal);
    }

    public static StanceLexicon Default { get; } = new(EmbeddedData.Read<StanceData>("Claims/Stances/stances.json"));

    public PhraseSet<StanceType> Cues { get; }

    /// <summary>The first words of <see cref="Cues"/>.</summary>
    public FrozenSet<string> CueStarts { get; }

    /// <summary>Cues that describe the matter ("launched no drones", "an act of terror"); their actor is the speaker.</summary>
    public PhraseSet<bool> ReportedCues { get; }

    public PhraseSet<bool> Negators { get; }

    public FrozenSet<string> Rejections { get; }

    public FrozenSet<string> RejectedObjects { get; }

    public FrozenSet<string> AccusedFollows { get; }

    public FrozenSet<string> AccusedAfter { get; }

    /// <summary>The first words of the cues, and the rejection verbs: every stance read from a cue needs one of them.</summary>
    public FrozenSet<string> Triggers { get; }

    private static FrozenSet<string> Set(IEnumerable<string> words) =>
        words.Select(w => w.Trim().ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);

    private sealed record StanceData(
        [property: JsonProperty("denial")] IReadOnlyList<string> Denial,
        [property: JsonProperty("acknowledgment")] IReadOnlyList<string> Acknowledgment,
        [property: JsonProperty("accusation")] IReadOnlyList<string> Accusation,
        [property: JsonProperty("reportedCues")] IReadOnlyList<string> ReportedCues,
        [property: JsonProperty("negators")] IReadOnlyList<string> Negators,
        [property: JsonProperty("rejections")] IReadOnlyList<string> Rejections,
        [property: JsonProperty("rejectedObjects")] IReadOnlyList<string> RejectedObjects,
        [property: JsonProperty("accusedFollows")] IReadOnlyList<string> AccusedFollows,
        [property: JsonProperty("accusedAfter")] IReadOnlyList<string> AccusedAfter);
}
