using ClaimTracker.Claims;

namespace ClaimTracker.Events;

/// <summary>The events found in a set of documents and every claim with its <see cref="Claim.EventId"/> set.</summary>
/// <param name="Events">The events, in the order their first report appears.</param>
/// <param name="Claims">All claims, in document and text order, each with its event id.</param>
internal sealed record EventGrouping(IReadOnlyList<Event> Events, IReadOnlyList<Claim> Claims);
