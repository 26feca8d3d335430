namespace ClaimTracker.Claims;

/// <summary>One factual claim made in one document, traceable to its quote.</summary>
/// <param name="Id">Stable id: the same document and text give the same id.</param>
/// <param name="Kind">What the claim asserts.</param>
/// <param name="DocumentId">The document it comes from.</param>
/// <param name="Source">That document's outlet.</param>
/// <param name="Subject">A readable name for what is claimed ("drones launched", "civilians injured", "Iran's stance").</param>
/// <param name="Value">The typed value.</param>
/// <param name="Claimant">Who asserts it.</param>
/// <param name="Modality">How firmly it is put.</param>
/// <param name="Evidence">The quote and its sentence.</param>
/// <param name="Confidence">How sure the extractor is, from 0 to 1.</param>
public sealed record Claim(
    string Id,
    ClaimKind Kind,
    string DocumentId,
    string Source,
    string Subject,
    ClaimValue Value,
    Claimant Claimant,
    Modality Modality,
    Evidence Evidence,
    double Confidence)
{
    /// <summary>The event the claim is about, once events are grouped.</summary>
    public string? EventId { get; init; }

    /// <summary>
    /// How check-worthy the claim's sentence is, from 0 to 1, as the check-worthiness model scores it (see
    /// <see cref="Scoring.SentenceScorer"/>); null when the tracker was made without the sentence models.
    /// </summary>
    public double? CheckWorthiness { get; init; }

    /// <summary>Whether the claim states a fact that can conflict with another (not a forecast or a hypothesis).</summary>
    public bool IsFactual => Modality is Modality.Asserted or Modality.Reported or Modality.Negated;
}
