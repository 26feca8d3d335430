using ClaimTracker.Claims;
using ClaimTracker.Documents;
using ClaimTracker.Events;

namespace ClaimTracker.Conflicts;

/// <summary>
/// Finds the disagreements between factual claims about the same event. Claims are bucketed by event first and each
/// rule compares only claims of one kind and subject inside one bucket, so the work grows with the claims of an event,
/// never with all pairs of all claims. Forecasts and hypotheticals never take part.
/// </summary>
internal sealed class ConflictDetector(IReadOnlyList<IConflictRule> rules)
{
    /// <summary>Below this many events a parallel query costs more than it saves.</summary>
    private const int MinEventsInParallel = 512;

    public static ConflictDetector Default { get; } = new(
    [
        NumericMismatchRule.Default,
        DateMismatchRule.Default,
        AttributionMismatchRule.Default,
        StanceConflictRule.Default,
    ]);

    public IReadOnlyList<Conflict> Detect(IReadOnlyList<Event> events, IReadOnlyList<Claim> claims, IReadOnlyDictionary<string, Document> documents)
    {
        var sources = new SourceLookup(documents);
        var factual = claims.Where(c => c.IsFactual && c.EventId is not null).ToArray();
        var byEvent = factual
            .Where(c => c.Value is not QuantityValue)
            .GroupBy(c => c.EventId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Claim>)g.ToArray(), StringComparer.Ordinal);
        var ids = events.Select(e => e.Id).Concat(byEvent.Keys.Order(StringComparer.Ordinal)).Distinct(StringComparer.Ordinal)
            .Where(byEvent.ContainsKey)
            .ToArray();
        Conflict[] InEvent(string id) => rules.SelectMany(r => r.Detect(id, byEvent[id], sources)).ToArray();

        // Events never share claims, so they are checked independently; many events are spread over the cores, in order.
        var conflicts = ids.Length >= MinEventsInParallel
            ? ids.AsParallel().AsOrdered().SelectMany(InEvent).ToList()
            : ids.SelectMany(InEvent).ToList();

        conflicts.AddRange(NumericSubjects.Quantities(factual).SelectMany(g => NumericMismatchRule.FromGroup(g, sources)));
        return conflicts;
    }
}
