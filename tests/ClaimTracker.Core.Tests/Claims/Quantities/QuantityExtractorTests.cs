using ClaimTracker.Claims;
using ClaimTracker.Claims.Quantities;

namespace ClaimTracker.Tests.Claims.Quantities;

public class QuantityExtractorTests
{
    [Theory]
    [InlineData("Turkey's Kurdish population, estimated at 15 to 20 million, is the largest in the region.", "ethnic Kurds in Türkiye", 15_000_000, 20_000_000)]
    [InlineData("Türkiye's roughly 15–20 million Kurds vote in large numbers.", "ethnic Kurds in Türkiye", 15_000_000, 20_000_000)]
    [InlineData("Some 2 million Syrian refugees in Turkey face deportation.", "Syrian refugees in Türkiye", 1_800_000, 2_200_000)]
    [InlineData("About 1.5 million ethnic Hungarians live in Romania.", "ethnic Hungarians in Romania", 1_350_000, 1_650_000)]
    [InlineData("The Armenian community of Georgia numbers 170,000.", "ethnic Armenians in Georgia", 170_000, 170_000)]
    [InlineData("Iraq's Turkmen minority of 600,000 people demands seats.", "ethnic Turkmens in Iraq", 600_000, 600_000)]
    [InlineData("Russia's 5 million Tatars celebrated the holiday.", "ethnic Tatars in Russia", 5_000_000, 5_000_000)]
    public void A_group_size_in_a_country_is_a_quantity_claim(string text, string measure, int min, int max)
    {
        var claim = ExtractorRun.Claims(QuantityExtractor.Default, text).Should().ContainSingle().Subject;

        claim.Subject.Should().Be(measure);
        var value = claim.Value.Should().BeOfType<QuantityValue>().Subject;
        value.Measure.Should().Be(measure);
        value.Count.Min.Should().Be(min);
        value.Count.Max.Should().Be(max);
    }

    [Fact]
    public void Different_phrasings_of_one_estimate_get_the_same_measure()
    {
        var first = ExtractorRun.Claims(QuantityExtractor.Default, "Iran's Azerbaijani population, which some estimate to amount to 15–20 million, is restless.").Single();
        var second = ExtractorRun.Claims(QuantityExtractor.Default, "Iran's roughly 15–25 million ethnic Azerbaijanis speak Turkic.").Single();
        var third = ExtractorRun.Claims(QuantityExtractor.Default, "Millions of ethnic Azeris live in Iran.").Single();

        new[] { first.Subject, second.Subject, third.Subject }.Should().AllBe("ethnic Azerbaijanis in Iran");
    }

    [Theory]
    [InlineData("Iran is a country of more than 90 million Iranians.")]
    [InlineData("Azerbaijan's 10 million citizens voted.")]
    [InlineData("The population of Azerbaijan is around 10 million.")]
    [InlineData("It is a place of hope for many Azerbaijanis living in Iran.")]
    [InlineData("15 million Azerbaijani citizens live abroad.")]
    [InlineData("About 10 million Azerbaijanis live in Azerbaijan.")]
    [InlineData("Several Kurdish villages were shelled.")]
    [InlineData("Two million Kurds marched.")]
    [InlineData("The Kurdish population grew by 3% last year.")]
    [InlineData("Trade with Iran totalled $644 million.")]
    [InlineData("")]
    public void Totals_vague_or_countryless_counts_yield_nothing(string text)
    {
        ExtractorRun.Claims(QuantityExtractor.Default, text).Should().BeEmpty();
    }

    [Fact]
    public void Garbage_never_throws()
    {
        ExtractorRun.AssertSafe(QuantityExtractor.Default);
    }
}
