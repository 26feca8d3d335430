using ClaimTracker.Conflicts;

namespace ClaimTracker.Evaluation;

/// <summary>Scores predicted conflicts against gold conflicts and finds conflicts set on gold non-conflicts.</summary>
internal static class ConflictScorer
{
    public static ConflictReport Score(GoldSet gold, IReadOnlyList<Conflict> predicted, ClaimMatching matching)
    {
        var goldById = gold.Claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var sides = gold.Conflicts.ToDictionary(
            c => c.Id,
            c => c.ClaimIds.GroupBy(id => goldById[id].ValueText, StringComparer.Ordinal).Select(g => g.ToHashSet(StringComparer.Ordinal)).ToList(),
            StringComparer.Ordinal);
        var mapped = predicted.ToDictionary(
            c => c.Id,
            c => c.ClaimIds.Select(matching.GoldFor).OfType<GoldClaim>().Select(g => g.Id).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);

        bool Covers(GoldConflict g, Conflict p) => sides[g.Id].All(side => side.Overlaps(mapped[p.Id]));

        var sameKind = Pair(gold.Conflicts, predicted, (g, p) => g.Kind == p.Kind && Covers(g, p));
        var anyKind = Pair(gold.Conflicts, predicted, Covers);
        var missed = gold.Conflicts
            .Where(g => !anyKind.Contains(g.Id))
            .Select(g => new ConflictRef(g.Id, g.Kind, g.About, g.ClaimIds))
            .ToList();
        return new ConflictReport(
            new PrecisionRecall(predicted.Count, gold.Conflicts.Count, sameKind.Count),
            new PrecisionRecall(predicted.Count, gold.Conflicts.Count, anyKind.Count),
            missed,
            FalseConflicts(gold.NonConflicts, predicted, matching));
    }

    /// <summary>Pairs each gold conflict with the first unused predicted conflict that fits it; returns the paired gold ids.</summary>
    private static HashSet<string> Pair(IReadOnlyList<GoldConflict> gold, IReadOnlyList<Conflict> predicted, Func<GoldConflict, Conflict, bool> fits)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var paired = new HashSet<string>(StringComparer.Ordinal);
        foreach (var g in gold)
        {
            if (predicted.FirstOrDefault(p => !used.Contains(p.Id) && fits(g, p)) is { } match)
            {
                used.Add(match.Id);
                paired.Add(g.Id);
            }
        }

        return paired;
    }

    private static List<FalseConflict> FalseConflicts(IReadOnlyList<GoldNonConflict> nonConflicts, IReadOnlyList<Conflict> predicted, ClaimMatching matching)
    {
        var found = new List<FalseConflict>();
        foreach (var pair in nonConflicts)
        {
            var predictedIds = pair.ClaimIds.Select(id => matching.PredictedFor(id)?.Id).OfType<string>().ToList();
            foreach (var conflict in predicted.Where(c => OnOppositeSides(c, predictedIds)))
            {
                found.Add(new FalseConflict(pair.Note, pair.ClaimIds, conflict.Id, conflict.Kind, conflict.About));
            }
        }

        return found;
    }

    private static bool OnOppositeSides(Conflict conflict, List<string> claimIds)
    {
        var sidesHolding = claimIds
            .Select(id => conflict.Sides.Select((side, index) => (side, index)).Where(s => s.side.ClaimIds.Contains(id, StringComparer.Ordinal)).Select(s => s.index).ToList())
            .Where(indexes => indexes.Count > 0)
            .ToList();
        return sidesHolding.SelectMany(i => i).Distinct().Count() > 1 && sidesHolding.Count > 1;
    }
}
