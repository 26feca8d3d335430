using ClaimTracker.Claims;

namespace ClaimTracker.Conflicts;

/// <summary>
/// The same actor (at country level) both denying and acknowledging responsibility for the same event, told in time
/// order: publication date, with "initially"/"had denied" before and "later" after within a report. An accusation
/// against a denial is two parties disputing, not a stance conflict.
/// </summary>
internal sealed class StanceConflictRule(ConflictVocabulary vocabulary) : IConflictRule
{
    /// <summary>How many words before a quote may hold its time cue ("which had initially denied").</summary>
    private const int CueReach = 4;

    public static StanceConflictRule Default { get; } = new(ConflictVocabulary.Default);

    public IEnumerable<Conflict> Detect(EventClaims claims, SourceLookup sources) =>
        BothStances(claims.Stances) ? Conflicts(claims.EventId, claims.Stances, sources) : [];

    /// <summary>Whether there is both a denial and an acknowledgment (by anyone); without both no actor can contradict itself.</summary>
    private static bool BothStances(IReadOnlyList<Claim> stances)
    {
        for (var i = 1; i < stances.Count; i++)
        {
            if (((StanceValue)stances[i].Value).Stance != ((StanceValue)stances[0].Value).Stance)
            {
                return true;
            }
        }

        return false;
    }

    private IEnumerable<Conflict> Conflicts(string eventId, IReadOnlyList<Claim> stances, SourceLookup sources)
    {
        foreach (var actor in stances.GroupBy(c => Party((StanceValue)c.Value), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            // Whether the actor took both stances does not depend on their order: check before ordering (which reads time cues).
            if (actor.Select(c => ((StanceValue)c.Value).Stance).Distinct().Count() < 2)
            {
                continue;
            }

            var ordered = actor
                .OrderBy(c => TimeCue(c) switch { < 0 => 0, 0 => 1, _ => 2 })
                .ThenBy(c => sources.Published(c) ?? DateOnly.MaxValue)
                .ThenBy(c => c.DocumentId, StringComparer.Ordinal)
                .ThenBy(c => c.Evidence.Span.Start)
                .ToArray();

            var sides = ordered
                .GroupBy(c => ((StanceValue)c.Value).Stance)
                .Select(g => (Value: g.Key == StanceType.Denial ? "denial" : "acknowledgment", Claims: (IReadOnlyList<Claim>)g.ToArray()))
                .ToArray();
            var latest = ordered[^1];
            var name = ((StanceValue)ordered[0].Value).Actor.Name;
            var about = name + "'s stance";
            var text = name + " " + string.Join(", ", sides.Select((s, i) => (i == 0 ? "first " : "later ") + Verb(s.Value) + " (" + ConflictFactory.Attributions(s.Claims) + ")"))
                + "; latest: " + sides.First(s => s.Claims.Contains(latest)).Value + " (" + latest.Source + ", " + SourceLookup.Day(sources.Published(latest)) + ")";
            yield return ConflictFactory.Create(eventId, ConflictKind.StanceConflict, about, sides, text, latest);
        }
    }

    private static string Party(StanceValue stance) => stance.Actor.CountryId ?? stance.Actor.Id;

    private static string Verb(string stance) => stance == "denial" ? "denied responsibility" : "acknowledged it";

    /// <summary>-1 when the quote or the words just before it place it earlier, +1 later, 0 when they do not say.</summary>
    private int TimeCue(Claim claim)
    {
        var evidence = claim.Evidence;
        var length = Math.Clamp(evidence.Span.Start - evidence.Sentence.Start, 0, evidence.SentenceText.Length);
        var before = ConflictVocabulary.Words(evidence.SentenceText[..length]);
        var words = before.Skip(Math.Max(0, before.Count - CueReach)).Concat(ConflictVocabulary.Words(evidence.Text)).ToArray();
        foreach (var (_, _, direction) in vocabulary.TimeCues.FindAll(words, 0, words.Length))
        {
            return direction;
        }

        return 0;
    }
}
