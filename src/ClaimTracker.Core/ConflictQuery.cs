using ClaimTracker.Conflicts;

namespace ClaimTracker;

/// <summary>Which conflicts <see cref="Tracker.FindConflicts"/> returns; a null criterion matches everything.</summary>
/// <param name="EventId">Only conflicts about this event.</param>
/// <param name="Kind">Only conflicts of this kind.</param>
/// <param name="Source">Only conflicts with a claim from this outlet (case-insensitive).</param>
/// <param name="Severity">Only conflicts of this severity.</param>
public sealed record ConflictQuery(string? EventId = null, ConflictKind? Kind = null, string? Source = null, Severity? Severity = null);
