using ClaimTracker.Evaluation;

namespace ClaimTracker.Tests.Evaluation;

public class BCubedTests
{
    private static readonly string[] Gold = ["G1", "G1", "G1", "G2", "G2"];

    public static TheoryData<string?[], double, double> Clusterings => new()
    {
        // Perfect.
        { ["a", "a", "a", "b", "b"], 1.0, 1.0 },
        // Everything merged: items of G1 see 3/5 of their cluster right, items of G2 2/5.
        { ["x", "x", "x", "x", "x"], ((3 * 0.6) + (2 * 0.4)) / 5, 1.0 },
        // Everything apart (null = not grouped): recall 1/3 for G1 items, 1/2 for G2 items.
        { [null, null, null, null, null], 1.0, ((3 / 3.0) + (2 / 2.0)) / 5 },
        // {a,b} {c,d,e}: precision (1 + 1 + 1/3 + 2/3 + 2/3) / 5, recall (2/3 + 2/3 + 1/3 + 1 + 1) / 5.
        { ["p", "p", "q", "q", "q"], 11.0 / 15, 11.0 / 15 },
    };

    [Theory]
    [MemberData(nameof(Clusterings))]
    public void Scores_match_hand_computed_values(string?[] predicted, double precision, double recall)
    {
        var score = BCubed.Score(Gold.Zip(predicted).ToList());

        score.Items.Should().Be(5);
        score.Precision.Should().BeApproximately(precision, 1e-9);
        score.Recall.Should().BeApproximately(recall, 1e-9);
        score.F1.Should().BeApproximately(2 * precision * recall / (precision + recall), 1e-9);
    }

    [Fact]
    public void No_items_is_a_perfect_score_and_combining_weights_by_items()
    {
        BCubed.Score([]).Should().Be(new B3Score(0, 1.0, 1.0));

        var combined = B3Score.Combine([new B3Score(1, 1.0, 0.0), new B3Score(3, 0.5, 1.0)]);

        combined.Should().Be(new B3Score(4, (1.0 + 1.5) / 4, 3.0 / 4));
    }

    [Theory]
    [InlineData(0, 0, 0, 1.0, 1.0, 1.0)]
    [InlineData(0, 5, 0, 1.0, 0.0, 0.0)]
    [InlineData(4, 5, 3, 0.75, 0.6, 2 * 0.75 * 0.6 / 1.35)]
    public void Precision_recall_and_f1_follow_the_documented_conventions(int predicted, int gold, int matched, double p, double r, double f1)
    {
        var score = new PrecisionRecall(predicted, gold, matched);

        score.Precision.Should().BeApproximately(p, 1e-9);
        score.Recall.Should().BeApproximately(r, 1e-9);
        score.F1.Should().BeApproximately(f1, 1e-9);
    }
}
