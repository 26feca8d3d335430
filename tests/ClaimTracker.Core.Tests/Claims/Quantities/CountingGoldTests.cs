using Xunit.Abstractions;

namespace ClaimTracker.Tests.Claims.Quantities;

/// <summary>
/// Regression floor for the weapon, casualty and quantity extractors on the gold annotations: the thresholds are the
/// measured scores minus a small margin, so a change that loses gold claims or adds false ones fails here.
/// </summary>
public class CountingGoldTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("seeds.json", "seeds", 0.9, 0.9)]
    [InlineData("articles.json", "tests/gold/articles", 0.95, 0.95)]
    public void Recall_and_precision_on_the_gold_stay_above_the_measured_floor(string goldFile, string folder, double minRecall, double minPrecision)
    {
        var score = CountingGold.Score(goldFile, folder);

        output.WriteLine($"{goldFile}: found {score.Found}/{score.Expected}, predicted {score.Predicted}, recall {score.Recall:P0}, precision {score.Precision:P0}");
        foreach (var missed in score.Missed)
        {
            output.WriteLine("  missed " + missed);
        }

        foreach (var extra in score.Extras)
        {
            output.WriteLine("  extra  " + extra);
        }

        score.Recall.Should().BeGreaterThanOrEqualTo(minRecall);
        score.Precision.Should().BeGreaterThanOrEqualTo(minPrecision);
    }
}
