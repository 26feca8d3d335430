using ClaimTracker.Claims;
using ClaimTracker.Claims.Dates;
using ClaimTracker.Recognition.Dates;
using ClaimTracker.Tests.Claims.Attribution;
using Xunit.Abstractions;

namespace ClaimTracker.Tests.Claims.Dates;

public class EventDateGoldTests(ITestOutputHelper output)
{
    [Fact]
    public void Recall_and_precision_on_the_gold_stay_above_the_measured_level()
    {
        var score = GoldClaimSet.Measure([EventDateExtractor.Default], ClaimKind.EventDate, (gold, claim) =>
            claim.Value is EventDateValue value
            && value.Date.Overlaps(new DateInterval(DateOnly.Parse((string)gold["start"]!, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse((string)gold["end"]!, System.Globalization.CultureInfo.InvariantCulture))));
        output.WriteLine(score.ToString());

        // Measured when written: 30/34 found, 30/31 correct; a small margin below.
        score.Recall.Should().BeGreaterThanOrEqualTo(0.82, score.ToString());
        score.Precision.Should().BeGreaterThanOrEqualTo(0.90, score.ToString());
    }
}
