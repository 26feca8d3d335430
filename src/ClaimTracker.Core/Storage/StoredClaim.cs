using ClaimTracker.Claims;

namespace ClaimTracker.Storage;

/// <summary>A claim as the store holds it: its key fields and its full JSON under the project's contract.</summary>
/// <param name="Id">The claim id.</param>
/// <param name="DocumentId">The document it comes from.</param>
/// <param name="Kind">What it asserts.</param>
/// <param name="Source">The document's outlet.</param>
/// <param name="Quote">The exact quote it rests on.</param>
/// <param name="Json">The claim serialized with <see cref="Serialization.ClaimTrackerJson"/> (without an event id, which depends on the other documents).</param>
public sealed record StoredClaim(string Id, string DocumentId, ClaimKind Kind, string Source, string Quote, string Json);
