namespace ClaimTracker.Conflicts;

/// <summary>The numbers reported for one comparable subject of one event ("people killed", "drones launched").</summary>
/// <param name="EventId">The event.</param>
/// <param name="About">The subject, in words.</param>
/// <param name="Numbers">Every factual number reported for it.</param>
/// <param name="Context">Extra words for the explanation (the phases each source reported), or null.</param>
internal sealed record NumericGroup(string EventId, string About, IReadOnlyList<ReportedNumber> Numbers, string? Context);
