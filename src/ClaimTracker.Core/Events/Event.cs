using ClaimTracker.Recognition.Dates;

namespace ClaimTracker.Events;

/// <summary>One real-world event that claims from one or more documents are about.</summary>
/// <param name="Id">Stable id: the same claims give the same id.</param>
/// <param name="Label">A readable label ("drone strike — Odesa — 2026-03-05").</param>
/// <param name="Type">The event type ("drone strike", "shooting", "bombing", "attack").</param>
/// <param name="Date">When it happened, as far as the claims agree; null when unknown.</param>
/// <param name="Location">Where it happened, when known.</param>
/// <param name="Participants">Ids of the actors involved (attackers, targets, actors taking a stance).</param>
/// <param name="ClaimIds">The claims about it.</param>
/// <param name="DocumentIds">The documents those claims come from.</param>
public sealed record Event(
    string Id,
    string Label,
    string Type,
    DateInterval? Date,
    string? Location,
    IReadOnlyList<string> Participants,
    IReadOnlyList<string> ClaimIds,
    IReadOnlyList<string> DocumentIds);
