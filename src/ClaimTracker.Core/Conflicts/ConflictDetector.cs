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
        var conflicts = new List<Conflict>();
        foreach (var id in events.Select(e => e.Id).Concat(byEvent.Keys.Order(StringComparer.Ordinal)).Distinct(StringComparer.Ordinal))
        {
            if (byEvent.TryGetValue(id, out var eventClaims))
            {
                conflicts.AddRange(rules.SelectMany(r => r.Detect(id, eventClaims, sources)));
            }
        }

        conflicts.AddRange(NumericSubjects.Quantities(factual).SelectMany(g => NumericMismatchRule.FromGroup(g, sources)));
        return conflicts;
    }
}
