using ClaimTracker.Documents;

namespace ClaimTracker.Claims.Extraction;

/// <summary>
/// What an extractor found before the shared stages add claimant, modality, evidence and id. Extractors say what is
/// claimed and where; who claims it and how firmly is decided once, for every kind, by the pipeline.
/// </summary>
/// <param name="Kind">What is claimed.</param>
/// <param name="Subject">A readable name for it ("drones launched", "civilians injured").</param>
/// <param name="Value">The typed value.</param>
/// <param name="Quote">The shortest span of the document that carries the claim.</param>
/// <param name="Confidence">How sure the extractor is, from 0 to 1.</param>
/// <param name="Modality">Set only when the extractor itself knows better than the cue words (a negated "no one was hurt").</param>
internal sealed record ClaimDraft(ClaimKind Kind, string Subject, ClaimValue Value, TextSpan Quote, double Confidence, Modality? Modality = null);
