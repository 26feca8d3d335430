using ClaimTracker.Claims;
using ClaimTracker.Documents;
using ClaimTracker.Events;

namespace ClaimTracker.Conflicts;

/// <summary>
/// Finds the disagreements between factual claims about the same event. Claims are bucketed by event first and each
/// rule compares only claims of one kind and subject inside one bucket, so the work grows with the claims of an event,
/// never with all pairs of all claims. Forecasts and hypotheticals never take part.
/// </summary>
/// <param name="rules">The ways claims can disagree.</param>
/// <param name="skipsLoneClaims">
/// Whether an event with one factual claim is passed without asking the rules: every rule compares two claims of one
/// kind or more, so it finds nothing there (off only to test that).
/// </param>
internal sealed class ConflictDetector(IReadOnlyList<IConflictRule> rules, bool skipsLoneClaims = true)
{
    /// <summary>Below this many events a parallel loop costs more than it saves.</summary>
    private const int MinEventsInParallel = 512;

    /// <summary>Consecutive events per parallel work item: few enough that a core taken by another process holds up little.</summary>
    private const int EventsPerWorkItem = 256;

    /// <summary>Every rule, in the order their conflicts are listed per event.</summary>
    public static IReadOnlyList<IConflictRule> Rules { get; } =
    [
        NumericMismatchRule.Default,
        DateMismatchRule.Default,
        AttributionMismatchRule.Default,
        StanceConflictRule.Default,
    ];

    public static ConflictDetector Default { get; } = new(Rules);

    public IReadOnlyList<Conflict> Detect(IReadOnlyList<Event> events, IReadOnlyList<Claim> claims, IReadOnlyDictionary<string, Document> documents)
    {
        var sources = new SourceLookup(documents);
        var buckets = EventBuckets.Of(events, claims);

        // Events never share claims, so they are checked independently: many events are spread over the cores in runs
        // of consecutive events, each run into its own list, so that the order stays that of the events.
        var runs = new List<Conflict>[(buckets.Count + EventsPerWorkItem - 1) / EventsPerWorkItem];
        if (buckets.Count >= MinEventsInParallel)
        {
            Parallel.For(0, runs.Length, run => runs[run] = InRun(buckets, run, sources));
        }
        else
        {
            for (var run = 0; run < runs.Length; run++)
            {
                runs[run] = InRun(buckets, run, sources);
            }
        }

        var conflicts = new List<Conflict>(runs.Sum(r => r.Count));
        foreach (var run in runs)
        {
            conflicts.AddRange(run);
        }

        conflicts.AddRange(NumericSubjects.Quantities(buckets.Quantities).SelectMany(g => NumericMismatchRule.FromGroup(g, sources)));
        return conflicts;
    }

    /// <summary>The conflicts of the events of one run, in event order.</summary>
    private List<Conflict> InRun(EventBuckets buckets, int run, SourceLookup sources)
    {
        var found = new List<Conflict>();
        for (var i = run * EventsPerWorkItem; i < Math.Min(buckets.Count, (run + 1) * EventsPerWorkItem); i++)
        {
            if (skipsLoneClaims && buckets.Size(i) < 2)
            {
                continue;
            }

            var claims = buckets.Claims(i);
            for (var r = 0; r < rules.Count; r++)
            {
                found.AddRange(rules[r].Detect(claims, sources));
            }
        }

        return found;
    }
}
