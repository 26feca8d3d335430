using ClaimTracker.Conflicts;

namespace ClaimTracker.Evaluation;

/// <summary>
/// Conflict detection scores. A predicted conflict matches a gold conflict when its claims, mapped to gold claims
/// through the value-agnostic claim matching, cover every side of the gold conflict (the gold claims grouped by
/// value); <paramref name="SameKind"/> also requires the same conflict kind.
/// </summary>
/// <param name="SameKind">Matching that requires the same kind.</param>
/// <param name="AnyKind">Matching whatever the kind.</param>
/// <param name="Missed">Gold conflicts no predicted conflict covers (kind-agnostic).</param>
/// <param name="FalseConflicts">Gold non-conflict pairs the prediction sets on opposite sides of a conflict: the costliest error.</param>
public sealed record ConflictReport(PrecisionRecall SameKind, PrecisionRecall AnyKind, IReadOnlyList<ConflictRef> Missed, IReadOnlyList<FalseConflict> FalseConflicts);

/// <summary>A gold conflict, for listing.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="About">What it is about.</param>
/// <param name="Claims">Its gold claims.</param>
public sealed record ConflictRef(string Id, ConflictKind Kind, string About, IReadOnlyList<string> Claims);

/// <summary>A predicted conflict between gold claims that agree or concern different things.</summary>
/// <param name="Note">Why the gold says they do not conflict.</param>
/// <param name="GoldClaims">The gold claims of the pair.</param>
/// <param name="ConflictId">The predicted conflict.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="About">What it says is contested.</param>
public sealed record FalseConflict(string Note, IReadOnlyList<string> GoldClaims, string ConflictId, ConflictKind Kind, string About);
