using ClaimTracker.Documents;
using ClaimTracker.Recognition.Numbers;
using ClaimTracker.Serialization;
using Newtonsoft.Json;

namespace ClaimTracker.Tests.Serialization;

public class ClaimTrackerJsonTests
{
    [Fact]
    public void Names_are_camel_case_enums_are_strings_and_nulls_are_left_out()
    {
        var mention = new NumberMention(new TextSpan(0, 4), "four", NumberValue.Exactly(4), QuantityKind.Count);

        var json = ClaimTrackerJson.Serialize(mention);

        json.Should().Be("""{"span":{"start":0,"end":4},"text":"four","value":{"min":4,"max":4,"qualifier":"exact","isExact":true},"kind":"count"}""");
    }

    [Theory]
    [InlineData(4100000.0, "4100000")]
    [InlineData(4.1, "4.1")]
    [InlineData(0.0, "0")]
    [InlineData(-2.50, "-2.5")]
    public void Decimals_are_written_without_a_forced_fraction_and_read_back(double value, string expected)
    {
        var number = (decimal)value;

        var json = ClaimTrackerJson.Serialize(number);

        json.Should().Be(expected);
        JsonConvert.DeserializeObject<decimal>(json, ClaimTrackerJson.Settings).Should().Be(number);
    }

    [Fact]
    public void Dates_are_iso_days()
    {
        ClaimTrackerJson.Serialize(new { published = new DateOnly(2026, 3, 8) }).Should().Be("""{"published":"2026-03-08"}""");
    }
}
