using ClaimTracker.Claims;
using ClaimTracker.Documents;

namespace ClaimTracker.Evaluation;

/// <summary>
/// Measures an analysis against a gold set: claims (strict and value-agnostic), modality and claimant agreement,
/// conflicts and non-conflicts, and event grouping. Conflicts and events use the value-agnostic claim matching, so
/// a wrong number is counted once, in the claim scores, not again in the conflict and grouping scores.
/// </summary>
public static class GoldEvaluator
{
    /// <summary>Analyzes the gold set's documents with <paramref name="analyze"/> and scores the result.</summary>
    /// <param name="gold">The gold set.</param>
    /// <param name="analyze">The pipeline under test.</param>
    public static GoldReport Evaluate(GoldSet gold, Func<IReadOnlyList<Document>, Analysis> analyze)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(analyze);
        return Evaluate(gold, analyze(gold.Documents));
    }

    /// <summary>Scores an analysis of the gold set's documents.</summary>
    /// <param name="gold">The gold set.</param>
    /// <param name="analysis">What the pipeline found in <see cref="GoldSet.Documents"/>.</param>
    public static GoldReport Evaluate(GoldSet gold, Analysis analysis)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(analysis);
        var documentIds = gold.Documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var predicted = analysis.Claims.Where(c => documentIds.Contains(c.DocumentId)).ToList();
        var strict = ClaimMatcher.Match(gold.Claims, predicted, requireValue: true);
        var loose = ClaimMatcher.Match(gold.Claims, predicted, requireValue: false);
        var claims = ScoreClaims(gold, predicted, strict, loose);
        var conflicts = ConflictScorer.Score(gold, analysis.Conflicts, loose);
        var events = BCubed.Score(loose.Pairs.Select(p => (p.Gold.EventId ?? "gold/" + p.Gold.Id, p.Predicted.EventId)).ToList());
        return new GoldReport(gold.Path, gold.Documents.Count, claims, conflicts, events);
    }

    private static ClaimReport ScoreClaims(GoldSet gold, List<Claim> predicted, ClaimMatching strict, ClaimMatching loose)
    {
        var byKind = Enum.GetValues<ClaimKind>()
            .Where(k => gold.Claims.Any(c => c.Kind == k) || predicted.Any(c => c.Kind == k))
            .Select(k => Score(ValueFormat.Lower(k.ToString()), gold.Claims.Where(c => c.Kind == k).ToList(), predicted.Count(c => c.Kind == k), strict, loose))
            .ToList();
        var overall = Score("all", gold.Claims, predicted.Count, strict, loose);
        var pairs = loose.Pairs.ToList();
        var modality = Agree(pairs.Where(p => p.Gold.Modality is not null), ClaimEquivalence.ModalityAgrees);
        var claimant = Agree(pairs.Where(p => p.Gold.Claimant is not null), ClaimEquivalence.ClaimantAgrees);
        var missed = gold.Claims.Where(g => loose.PredictedFor(g.Id) is null).Select(Describe).ToList();
        var wrongValues = pairs
            .Where(p => strict.PredictedFor(p.Gold.Id) is null)
            .Select(p => new WrongValue(p.Gold.Id, p.Predicted.Id, p.Gold.DocumentId, ValueFormat.Of(p.Gold), ValueFormat.Of(p.Predicted.Value), p.Gold.Quote))
            .ToList();
        var unmatched = predicted.Where(p => loose.GoldFor(p.Id) is null).ToList();
        var nonClaims = gold.NonClaims
            .SelectMany(n => unmatched
                .Where(p => p.DocumentId == n.DocumentId && (n.Kind is null || n.Kind == p.Kind) && p.Evidence.Span.Overlaps(n.Span))
                .Select(p => new ExtractedNonClaim(n.DocumentId, n.Quote, n.Note, p.Id, $"{ValueFormat.Lower(p.Kind.ToString())} {ValueFormat.Of(p.Value)}")))
            .ToList();
        return new ClaimReport(overall, byKind, modality, claimant, missed, wrongValues, unmatched.Select(Describe).ToList(), nonClaims);
    }

    private static KindScore Score(string kind, IReadOnlyList<GoldClaim> gold, int predicted, ClaimMatching strict, ClaimMatching loose) =>
        new(
            kind,
            new PrecisionRecall(predicted, gold.Count, gold.Count(g => strict.PredictedFor(g.Id) is not null)),
            new PrecisionRecall(predicted, gold.Count, gold.Count(g => loose.PredictedFor(g.Id) is not null)));

    private static Agreement Agree(IEnumerable<(GoldClaim Gold, Claim Predicted)> pairs, Func<GoldClaim, Claim, bool> agrees)
    {
        var list = pairs.ToList();
        return new Agreement(list.Count, list.Count(p => agrees(p.Gold, p.Predicted)));
    }

    private static ClaimRef Describe(GoldClaim claim) =>
        new(claim.Id, claim.DocumentId, ValueFormat.Lower(claim.Kind.ToString()), ValueFormat.Of(claim), claim.Quote);

    private static ClaimRef Describe(Claim claim) =>
        new(claim.Id, claim.DocumentId, ValueFormat.Lower(claim.Kind.ToString()), ValueFormat.Of(claim.Value), claim.Evidence.Text);
}
