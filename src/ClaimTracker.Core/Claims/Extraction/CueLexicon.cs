using System.Collections.Frozen;
using ClaimTracker.Resources;
using ClaimTracker.Text;
using Newtonsoft.Json;

namespace ClaimTracker.Claims.Extraction;

/// <summary>The modality cues and reporting verbs shared by every claim kind, read from embedded JSON.</summary>
internal sealed class CueLexicon
{
    private CueLexicon(ModalityData modality, ReportingData reporting)
    {
        Modality = new PhraseSet<Modality>(
            modality.Reported.Select(p => (p, Claims.Modality.Reported))
                .Concat(modality.Predicted.Select(p => (p, Claims.Modality.Predicted)))
                .Concat(modality.Hypothetical.Select(p => (p, Claims.Modality.Hypothetical))));
        ReportingVerbs = new PhraseSet<bool>(reporting.Verbs.Select(v => (v, false)).Concat(reporting.Prepositional.Select(p => (p, true))));
        ReportingVerbStarts = ReportingVerbs.FirstWords.ToFrozenSet(StringComparer.Ordinal);
    }

    public static CueLexicon Default { get; } = new(
        EmbeddedData.Read<ModalityData>("Claims/Extraction/modality.json"),
        EmbeddedData.Read<ReportingData>("Claims/Extraction/reporting-verbs.json"));

    public PhraseSet<Modality> Modality { get; }

    /// <summary>Reporting verbs (value false: the claimant is the subject before) and prepositions such as
    /// "according to" (value true: the claimant follows).</summary>
    public PhraseSet<bool> ReportingVerbs { get; }

    /// <summary>The first words of <see cref="ReportingVerbs"/>.</summary>
    public FrozenSet<string> ReportingVerbStarts { get; }

    private sealed record ModalityData(
        [property: JsonProperty("reported")] IReadOnlyList<string> Reported,
        [property: JsonProperty("predicted")] IReadOnlyList<string> Predicted,
        [property: JsonProperty("hypothetical")] IReadOnlyList<string> Hypothetical);

    private sealed record ReportingData(
        [property: JsonProperty("verbs")] IReadOnlyList<string> Verbs,
        [property: JsonProperty("prepositional")] IReadOnlyList<string> Prepositional);
}
