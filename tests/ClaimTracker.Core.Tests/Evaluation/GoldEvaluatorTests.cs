using ClaimTracker.Claims;
using ClaimTracker.Conflicts;
using ClaimTracker.Evaluation;
using ClaimTracker.Recognition.Numbers;

namespace ClaimTracker.Tests.Evaluation;

public sealed class GoldEvaluatorTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly GoldSet _gold;

    public GoldEvaluatorTests() => _gold = MiniGold.Write(_folder);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_prediction_equal_to_the_gold_scores_one_everywhere()
    {
        var report = GoldEvaluator.Evaluate(_gold, MiniGold.Analysis(_gold, MiniGold.PerfectClaims(), MiniGold.KilledConflict()));

        report.Claims.Overall.Strict.Should().Be(new PrecisionRecall(6, 6, 6));
        report.Claims.Overall.ValueAgnostic.F1.Should().Be(1.0);
        report.Claims.ByKind.Select(k => k.Kind).Should().Equal("weaponCount", "casualties", "eventDate", "stance");
        report.Claims.ByKind.Should().OnlyContain(k => k.Strict.F1 == 1.0);
        report.Claims.Modality.Should().Be(new Agreement(5, 5));
        report.Claims.Claimant.Should().Be(new Agreement(5, 5));
        report.Conflicts.SameKind.Should().Be(new PrecisionRecall(1, 1, 1));
        report.Conflicts.FalseConflicts.Should().BeEmpty();
        report.Events.Should().Be(new B3Score(6, 1.0, 1.0));
        report.Claims.Missed.Should().BeEmpty();
        report.Claims.Unmatched.Should().BeEmpty();
    }

    [Fact]
    public void A_missed_claim_lowers_recall_but_not_precision()
    {
        var claims = MiniGold.PerfectClaims().Where(c => c.Id != "p2").ToList();

        var report = GoldEvaluator.Evaluate(_gold, MiniGold.Analysis(_gold, claims, MiniGold.KilledConflict()));

        report.Claims.Overall.Strict.Should().Be(new PrecisionRecall(5, 6, 5));
        report.Claims.Overall.Strict.Precision.Should().Be(1.0);
        report.Claims.Overall.Strict.Recall.Should().BeApproximately(5.0 / 6, 1e-9);
        report.Claims.ByKind.Single(k => k.Kind == "weaponCount").ValueAgnostic.Should().Be(new PrecisionRecall(0, 1, 0));
        report.Claims.Missed.Select(m => m.Id).Should().Equal("g2");
    }

    [Fact]
    public void A_wrong_number_misses_strictly_but_matches_value_agnostically()
    {
        var claims = MiniGold.PerfectClaims();
        claims[0] = claims[0] with { Value = new CasualtyValue(CasualtyType.Killed, "civilians", NumberValue.Exactly(30)) };

        var report = GoldEvaluator.Evaluate(_gold, MiniGold.Analysis(_gold, claims, MiniGold.KilledConflict()));

        report.Claims.Overall.Strict.Matched.Should().Be(5);
        report.Claims.Overall.ValueAgnostic.Matched.Should().Be(6);
        report.Claims.WrongValues.Should().ContainSingle().Which.Should().Be(
            new WrongValue("g1", "p1", "d1", "killed 3", "killed 30", "three civilians were killed"));
        report.Claims.Missed.Should().BeEmpty();
        report.Conflicts.AnyKind.Matched.Should().Be(1, "the conflict is still found between the same two claims");
    }

    [Fact]
    public void A_claim_whose_quote_does_not_overlap_the_gold_quote_is_not_a_match()
    {
        var claims = MiniGold.PerfectClaims();
        claims[1] = MiniGold.Claim("p2", "d1", "no drones will ever be launched", claims[1].Value, "e1");

        var report = GoldEvaluator.Evaluate(_gold, MiniGold.Analysis(_gold, claims));

        report.Claims.Missed.Select(m => m.Id).Should().Equal("g2");
        report.Claims.Unmatched.Select(u => u.Id).Should().Equal("p2");
        report.Claims.NonClaimsExtracted.Should().ContainSingle().Which.PredictedId.Should().Be("p2");
    }

    [Fact]
    public void A_conflict_between_claims_of_a_gold_non_conflict_pair_is_listed_as_false()
    {
        var falseConflict = MiniGold.KilledConflict("p4", "p6") with { Id = "c2" };

        var report = GoldEvaluator.Evaluate(_gold, MiniGold.Analysis(_gold, MiniGold.PerfectClaims(), MiniGold.KilledConflict(), falseConflict));

        report.Conflicts.FalseConflicts.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new { Note = "different events", ConflictId = "c2", GoldClaims = new[] { "g4", "g6" } });
        report.Conflicts.AnyKind.Should().Be(new PrecisionRecall(2, 1, 1));
        report.Conflicts.AnyKind.Precision.Should().Be(0.5);
    }

    [Fact]
    public void Claims_of_a_non_conflict_pair_on_the_same_side_are_not_a_false_conflict()
    {
        var sameSide = new Conflict("c2", "e1", ConflictKind.NumericMismatch, Severity.Hard, "people killed", "", [
            new ConflictSide("5", ["p4", "p6"], ["Outlet Two"]),
            new ConflictSide("3", ["p1"], ["Outlet One"]),
        ]);

        var report = GoldEvaluator.Evaluate(_gold, MiniGold.Analysis(_gold, MiniGold.PerfectClaims(), sameSide));

        report.Conflicts.FalseConflicts.Should().BeEmpty();
    }

    [Fact]
    public void A_conflict_of_another_kind_matches_only_kind_agnostically()
    {
        var report = GoldEvaluator.Evaluate(_gold, MiniGold.Analysis(_gold, MiniGold.PerfectClaims(), MiniGold.KilledConflict(kind: ConflictKind.VagueMismatch)));

        report.Conflicts.SameKind.Matched.Should().Be(0);
        report.Conflicts.AnyKind.Matched.Should().Be(1);
        report.Conflicts.Missed.Should().BeEmpty();
    }

    [Fact]
    public void A_conflict_that_covers_one_side_only_does_not_match()
    {
        var report = GoldEvaluator.Evaluate(_gold, MiniGold.Analysis(_gold, MiniGold.PerfectClaims(), MiniGold.KilledConflict("p1", "p2")));

        report.Conflicts.AnyKind.Should().Be(new PrecisionRecall(1, 1, 0));
        report.Conflicts.Missed.Select(m => m.Id).Should().Equal("K1");
    }

    [Fact]
    public void Merging_the_older_attack_into_the_strike_costs_event_precision()
    {
        var claims = MiniGold.PerfectClaims().Select(c => c with { EventId = "e1" }).ToList();

        var report = GoldEvaluator.Evaluate(_gold, MiniGold.Analysis(_gold, claims));

        // Five E1 claims see 5/6 of their cluster right, the E2 claim 1/6; recall stays whole.
        report.Events.Precision.Should().BeApproximately(((5 * 5.0 / 6) + (1.0 / 6)) / 6, 1e-9);
        report.Events.Recall.Should().Be(1.0);
    }

    [Fact]
    public void Modality_and_claimant_disagreements_are_counted_on_matched_claims()
    {
        var claims = MiniGold.PerfectClaims();
        claims[0] = claims[0] with { Modality = Modality.Reported, Claimant = new Claimant("Outlet One", null, true) };

        var report = GoldEvaluator.Evaluate(_gold, MiniGold.Analysis(_gold, claims, MiniGold.KilledConflict()));

        report.Claims.Modality.Should().Be(new Agreement(5, 4));
        report.Claims.Claimant.Should().Be(new Agreement(5, 4));
        report.Claims.Overall.Strict.Matched.Should().Be(6, "modality and claimant do not decide the match");
    }

    [Fact]
    public void Two_predictions_of_one_gold_claim_count_once_and_the_second_is_unmatched()
    {
        var claims = MiniGold.PerfectClaims();
        claims.Add(claims[0] with { Id = "p1b" });

        var report = GoldEvaluator.Evaluate(_gold, MiniGold.Analysis(_gold, claims, MiniGold.KilledConflict()));

        report.Claims.Overall.Strict.Should().Be(new PrecisionRecall(7, 6, 6));
        report.Claims.Unmatched.Should().ContainSingle();
    }

    [Fact]
    public void Evaluating_through_a_pipeline_function_hands_it_the_gold_documents()
    {
        IReadOnlyList<ClaimTracker.Documents.Document>? seen = null;

        var report = GoldEvaluator.Evaluate(_gold, documents =>
        {
            seen = documents;
            return MiniGold.Analysis(_gold, MiniGold.PerfectClaims());
        });

        seen!.Select(d => (d.Id, d.Source)).Should().Equal(("d1", "Outlet One"), ("d2", "Outlet Two"));
        report.Claims.Overall.Strict.F1.Should().Be(1.0);
    }
}
