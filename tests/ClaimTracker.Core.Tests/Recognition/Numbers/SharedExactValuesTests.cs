using System.Globalization;
using ClaimTracker.Recognition.Numbers;
using ClaimTracker.Serialization;

namespace ClaimTracker.Tests.Recognition.Numbers;

/// <summary>
/// The number scanner gives exact whole numbers a shared value instead of a new one each. That only saves objects: with
/// sharing turned off the mentions must print the same, decimals included ("5.0" equals 5 but is written otherwise).
/// </summary>
public class SharedExactValuesTests
{
    [Theory]
    [MemberData(nameof(ScannerShortcutTests.Texts), MemberType = typeof(ScannerShortcutTests))]
    public void Number_mentions_print_the_same_with_and_without_shared_exact_values(string text)
    {
        var lexicon = NumberLexicon.Embedded;
        var tokens = NumeralTokenizer.Tokenize(text, 0, text.Length, lexicon.SpaceGroupingBlockers);
        var roles = lexicon.Roles.Of(text, tokens, []);

        var shared = new MentionScanner(lexicon).Scan(new TokenStream(text, tokens, roles));
        var fresh = new MentionScanner(lexicon, shareExactValues: false).Scan(new TokenStream(text, tokens, roles));

        fresh.Should().NotBeEmpty();
        ClaimTrackerJson.Serialize(shared).Should().Be(ClaimTrackerJson.Serialize(fresh));
    }

    [Fact]
    public void A_whole_number_is_shared_and_one_written_with_decimals_keeps_them()
    {
        SharedExactValues.Of(40m).Should().BeSameAs(SharedExactValues.Of(40m));

        var written = SharedExactValues.Of(40.0m);

        written.Min.ToString(CultureInfo.InvariantCulture).Should().Be("40.0");
        written.Max!.Value.ToString(CultureInfo.InvariantCulture).Should().Be("40.0");
    }

    [Theory]
    [InlineData("2100")]
    [InlineData("2101")]
    [InlineData("123456789")]
    [InlineData("0.5")]
    public void Any_value_is_exactly_itself(string written)
    {
        var value = decimal.Parse(written, CultureInfo.InvariantCulture);

        SharedExactValues.Of(value).Should().Be(NumberValue.Exactly(value));
    }
}
