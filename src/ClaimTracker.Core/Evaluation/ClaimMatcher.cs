using ClaimTracker.Claims;

namespace ClaimTracker.Evaluation;

/// <summary>
/// Pairs predicted claims with gold claims one to one. A pair must share document and kind, agree on the key
/// (and on the value unless matching value-agnostically), and the predicted evidence span must overlap the gold
/// quote. Pairs are taken greedily, the largest character overlap first, so each claim lands on its best partner.
/// </summary>
internal static class ClaimMatcher
{
    public static ClaimMatching Match(IReadOnlyList<GoldClaim> gold, IReadOnlyList<Claim> predicted, bool requireValue)
    {
        var byPlace = predicted
            .GroupBy(p => (p.DocumentId, p.Kind))
            .ToDictionary(g => g.Key, g => g.ToList());
        var candidates = new List<(int Overlap, int GoldIndex, GoldClaim Gold, Claim Predicted)>();
        for (var i = 0; i < gold.Count; i++)
        {
            var g = gold[i];
            if (!byPlace.TryGetValue((g.DocumentId, g.Kind), out var sameplace))
            {
                continue;
            }

            foreach (var p in sameplace)
            {
                if (p.Evidence.Span.Overlaps(g.Span)
                    && ClaimEquivalence.KeyMatches(g, p)
                    && (!requireValue || ClaimEquivalence.ValueMatches(g, p)))
                {
                    var overlap = Math.Min(p.Evidence.Span.End, g.Span.End) - Math.Max(p.Evidence.Span.Start, g.Span.Start);
                    candidates.Add((overlap, i, g, p));
                }
            }
        }

        var matching = new ClaimMatching();
        foreach (var candidate in candidates
            .OrderByDescending(c => c.Overlap)
            .ThenBy(c => c.GoldIndex)
            .ThenBy(c => c.Predicted.Evidence.Span.Start)
            .ThenBy(c => c.Predicted.Id, StringComparer.Ordinal))
        {
            matching.TryAdd(candidate.Gold, candidate.Predicted);
        }

        return matching;
    }
}
