using ClaimTracker.Claims;
using ClaimTracker.Claims.Stances;
using ClaimTracker.Tests.Claims.Attribution;
using Xunit.Abstractions;

namespace ClaimTracker.Tests.Claims.Stances;

public class StanceGoldTests(ITestOutputHelper output)
{
    [Fact]
    public void Recall_and_precision_on_the_gold_stay_above_the_measured_level()
    {
        // Gold names the party whose responsibility is at stake: the denier, the acknowledger, or the accused.
        var score = GoldClaimSet.Measure([StanceExtractor.Default], ClaimKind.Stance, (gold, claim) =>
            claim.Value is StanceValue value
            && string.Equals((string?)gold["stance"], value.Stance.ToString(), StringComparison.OrdinalIgnoreCase)
            && GoldClaimSet.SameActor((string?)gold["actor"], value.Stance == StanceType.Accusation ? value.Against : value.Actor));
        output.WriteLine(score.ToString());

        // Measured when written: 24/29 found, 24/27 correct; a small margin below.
        score.Recall.Should().BeGreaterThanOrEqualTo(0.78, score.ToString());
        score.Precision.Should().BeGreaterThanOrEqualTo(0.82, score.ToString());
    }
}
