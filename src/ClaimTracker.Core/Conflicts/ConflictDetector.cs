using System.Collections.Concurrent;
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
    /// <summary>Below this many events a parallel loop costs more than it saves.</summary>
    private const int MinEventsInParallel = 512;

    /// <summary>Events per parallel work item: small enough that a core taken by another process holds up little.</summary>
    private const int EventsPerWorkItem = 256;

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
        var buckets = EventBuckets.Of(events, claims);

        // Events never share claims, so they are checked independently; many events are spread over the cores, each
        // into its own slot so that the order stays that of the events.
        var found = new IReadOnlyList<Conflict>[buckets.Count];
        if (buckets.Count >= MinEventsInParallel)
        {
            Parallel.ForEach(Partitioner.Create(0, buckets.Count, EventsPerWorkItem), range =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    found[i] = InEvent(buckets.Claims(i), sources);
                }
            });
        }
        else
        {
            for (var i = 0; i < buckets.Count; i++)
            {
                found[i] = InEvent(buckets.Claims(i), sources);
            }
        }

        var conflicts = new List<Conflict>(found.Sum(f => f.Count));
        foreach (var inEvent in found)
        {
            conflicts.AddRange(inEvent);
        }

        conflicts.AddRange(NumericSubjects.Quantities(buckets.Quantities).SelectMany(g => NumericMismatchRule.FromGroup(g, sources)));
        return conflicts;
    }

    private IReadOnlyList<Conflict> InEvent(EventClaims claims, SourceLookup sources)
    {
        List<Conflict>? found = null;
        for (var r = 0; r < rules.Count; r++)
        {
            foreach (var conflict in rules[r].Detect(claims, sources))
            {
                (found ??= []).Add(conflict);
            }
        }

        return found ?? (IReadOnlyList<Conflict>)[];
    }
}
