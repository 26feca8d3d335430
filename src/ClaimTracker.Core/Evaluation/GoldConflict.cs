using ClaimTracker.Conflicts;

namespace ClaimTracker.Evaluation;

/// <summary>An annotated disagreement: every gold claim on either side of it.</summary>
internal sealed record GoldConflict(string Id, string? EventId, ConflictKind Kind, string About, IReadOnlyList<string> ClaimIds);
