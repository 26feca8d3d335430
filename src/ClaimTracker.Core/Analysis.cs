using ClaimTracker.Claims;
using ClaimTracker.Conflicts;
using ClaimTracker.Documents;
using ClaimTracker.Events;

namespace ClaimTracker;

/// <summary>Everything ClaimTracker found in a set of documents.</summary>
/// <param name="Documents">The documents analyzed.</param>
/// <param name="Claims">Every claim, each with its event id.</param>
/// <param name="Events">The real-world events the claims are about.</param>
/// <param name="Conflicts">The disagreements between claims about the same event.</param>
/// <param name="Summaries">For each contested quantity, every reported value with its sources.</param>
public sealed record Analysis(
    IReadOnlyList<Document> Documents,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<Event> Events,
    IReadOnlyList<Conflict> Conflicts,
    IReadOnlyList<QuantitySummary> Summaries);
