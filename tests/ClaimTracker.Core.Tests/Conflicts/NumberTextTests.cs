using ClaimTracker.Conflicts;
using ClaimTracker.Recognition.Numbers;

namespace ClaimTracker.Tests.Conflicts;

/// <summary>Small whole numbers skip the custom number format: they must read exactly as it would show them.</summary>
public class NumberTextTests
{
    [Theory]
    [InlineData("0", "0")]
    [InlineData("1", "1")]
    [InlineData("4.00", "4")]
    [InlineData("999", "999")]
    [InlineData("1000", "1,000")]
    [InlineData("15000000", "15,000,000")]
    [InlineData("2.5", "2.5")]
    [InlineData("999.5", "999.5")]
    [InlineData("0.333", "0.33")]
    public void Exact_values_read_as_the_custom_format_shows_them(string value, string expected)
    {
        var number = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);

        NumberText.Format(NumberValue.Exactly(number)).Should().Be(expected);
    }

    [Fact]
    public void Qualifiers_and_ranges_keep_their_words()
    {
        NumberText.Format(new NumberValue(12, null, NumberQualifier.AtLeast)).Should().Be("at least 12");
        NumberText.Format(new NumberValue(3, 7, NumberQualifier.Vague)).Should().Be("3–7 (vague)");
        NumberText.Format(new NumberValue(15_000_000, 20_000_000, NumberQualifier.Range)).Should().Be("15,000,000–20,000,000");
    }
}
