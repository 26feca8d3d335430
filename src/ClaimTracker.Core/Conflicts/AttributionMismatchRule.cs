using ClaimTracker.Claims;
using ClaimTracker.Recognition.Actors;

namespace ClaimTracker.Conflicts;

/// <summary>
/// Different attackers named for the same event. Attackers named together in one sentence ("the United States and
/// Israel launched strikes") are one side; an unidentified attacker ("a gunman") names no party and contradicts none.
/// </summary>
internal sealed class AttributionMismatchRule(ConflictVocabulary vocabulary) : IConflictRule
{
    public const string About = "attacker";

    public static AttributionMismatchRule Default { get; } = new(ConflictVocabulary.Default);

    public IEnumerable<Conflict> Detect(EventClaims claims, SourceLookup sources)
    {
        if (claims.Attributions.Count < 2)
        {
            return [];
        }

        var attributions = claims.Attributions.Where(c => !IsUnidentified(((AttributionValue)c.Value).Attacker)).ToArray();
        return TwoParties(attributions) ? Conflicts(claims.EventId, attributions, sources) : [];
    }

    /// <summary>Whether more than one party is named; with one, every side would be the same.</summary>
    private static bool TwoParties(Claim[] attributions)
    {
        for (var i = 1; i < attributions.Length; i++)
        {
            if (!string.Equals(Party(((AttributionValue)attributions[i].Value).Attacker), Party(((AttributionValue)attributions[0].Value).Attacker), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<Conflict> Conflicts(string eventId, Claim[] attributions, SourceLookup sources)
    {
        var coalitions = attributions
            .GroupBy(c => (c.DocumentId, c.Evidence.Sentence.Start))
            .ToDictionary(g => g.Key, g => g.Select(c => Party(((AttributionValue)c.Value).Attacker)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray());
        var sides = sources.InPublicationOrder(attributions)
            .GroupBy(c => string.Join('+', coalitions[(c.DocumentId, c.Evidence.Sentence.Start)]), StringComparer.Ordinal)
            .Select(g => (Parties: coalitions[(g.First().DocumentId, g.First().Evidence.Sentence.Start)], Claims: (IReadOnlyList<Claim>)g.ToArray()))
            .ToArray();
        var involved = new SortedSet<int>();
        for (var i = 0; i < sides.Length; i++)
        {
            for (var j = i + 1; j < sides.Length; j++)
            {
                if (!sides[i].Parties.Intersect(sides[j].Parties, StringComparer.Ordinal).Any())
                {
                    involved.Add(i);
                    involved.Add(j);
                }
            }
        }

        if (involved.Count == 0)
        {
            yield break;
        }

        var shown = involved.Select(i => (Name(sides[i].Claims), sides[i].Claims)).ToArray();
        var text = "Sources disagree on who attacked: " + string.Join(" vs ", shown.Select(s => s.Item1 + " (" + Claimants(s.Claims) + ")"));
        yield return ConflictFactory.Create(eventId, ConflictKind.AttributionMismatch, About, shown, text);
    }

    private static string Party(Actor actor) => actor.CountryId ?? actor.Id;

    /// <summary>The names of a side's attackers, preferring a country's own name over one of its bodies.</summary>
    private static string Name(IReadOnlyList<Claim> claims) =>
        string.Join(" and ", claims
            .Select(c => ((AttributionValue)c.Value).Attacker)
            .GroupBy(Party, StringComparer.Ordinal)
            .Select(g => (g.FirstOrDefault(a => a.Kind == ActorKind.Country) ?? g.First()).Name)
            .Distinct(StringComparer.Ordinal));

    private static string Claimants(IReadOnlyList<Claim> claims) =>
        "claimed by " + ConflictFactory.Attributions(claims);

    private bool IsUnidentified(Actor attacker) =>
        attacker.CountryId is null && ConflictVocabulary.Words(attacker.Name).Any(vocabulary.UnidentifiedAttackers.Contains);
}
