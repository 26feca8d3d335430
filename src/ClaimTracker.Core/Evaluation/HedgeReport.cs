namespace ClaimTracker.Evaluation;

/// <summary>How the modality rules detect uncertain (hedged) sentences of a hedge corpus.</summary>
/// <param name="Path">The corpus file.</param>
/// <param name="Sentences">The number of text sentences.</param>
/// <param name="Uncertain">The sentence-level score of the uncertain class: predicted = sentences with a modality cue, gold = sentences with an annotated cue.</param>
/// <param name="MissedCues">The annotated cues of the uncertain sentences the rules missed, most frequent first: candidates for <c>modality.json</c>.</param>
/// <param name="FalseCues">The rule cues that fired in sentences annotated certain, most frequent first.</param>
public sealed record HedgeReport(string Path, int Sentences, PrecisionRecall Uncertain, IReadOnlyList<CueCount> MissedCues, IReadOnlyList<CueCount> FalseCues);
