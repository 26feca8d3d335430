namespace ClaimTracker.Evaluation;

/// <summary>Claim extraction scores, overall and per kind, with the errors behind them.</summary>
/// <param name="Overall">All kinds together.</param>
/// <param name="ByKind">One row per claim kind present in the gold or the prediction.</param>
/// <param name="Modality">Modality agreement on value-agnostic matches whose gold states a modality.</param>
/// <param name="Claimant">Claimant agreement on value-agnostic matches whose gold states a claimant.</param>
/// <param name="Missed">Gold claims with no predicted claim even value-agnostically.</param>
/// <param name="WrongValues">Gold claims found at the right place with the right key but a different value.</param>
/// <param name="Unmatched">Predicted claims that match no gold claim even value-agnostically.</param>
/// <param name="NonClaimsExtracted">Unmatched predicted claims that sit on a span the gold marks as not a claim.</param>
public sealed record ClaimReport(
    KindScore Overall,
    IReadOnlyList<KindScore> ByKind,
    Agreement Modality,
    Agreement Claimant,
    IReadOnlyList<ClaimRef> Missed,
    IReadOnlyList<WrongValue> WrongValues,
    IReadOnlyList<ClaimRef> Unmatched,
    IReadOnlyList<ExtractedNonClaim> NonClaimsExtracted);

/// <summary>Precision, recall and F1 for one claim kind (or all), strict and value-agnostic.</summary>
/// <param name="Kind">The claim kind in camelCase, or "all".</param>
/// <param name="Strict">Same document, kind, key, value and an overlapping quote.</param>
/// <param name="ValueAgnostic">Same document, kind, key and an overlapping quote, whatever the value.</param>
public sealed record KindScore(string Kind, PrecisionRecall Strict, PrecisionRecall ValueAgnostic);

/// <summary>A gold or predicted claim, for listing errors.</summary>
/// <param name="Id">The claim id.</param>
/// <param name="Document">Its document.</param>
/// <param name="Kind">Its kind in camelCase.</param>
/// <param name="Value">Its value in words.</param>
/// <param name="Quote">Its quote.</param>
public sealed record ClaimRef(string Id, string Document, string Kind, string Value, string Quote);

/// <summary>A claim found at the right place but with another value.</summary>
/// <param name="GoldId">The gold claim.</param>
/// <param name="PredictedId">The predicted claim.</param>
/// <param name="Document">Their document.</param>
/// <param name="Expected">The gold value in words.</param>
/// <param name="Predicted">The predicted value in words.</param>
/// <param name="Quote">The gold quote.</param>
public sealed record WrongValue(string GoldId, string PredictedId, string Document, string Expected, string Predicted, string Quote);

/// <summary>A predicted claim on a span the gold marks as looking like a claim without being one.</summary>
/// <param name="Document">The document.</param>
/// <param name="Quote">The look-alike span.</param>
/// <param name="Note">Why the gold says it is not a claim.</param>
/// <param name="PredictedId">The predicted claim.</param>
/// <param name="Predicted">Its kind and value in words.</param>
public sealed record ExtractedNonClaim(string Document, string Quote, string Note, string PredictedId, string Predicted);
