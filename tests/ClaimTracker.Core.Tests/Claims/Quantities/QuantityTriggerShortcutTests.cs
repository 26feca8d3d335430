using ClaimTracker.Claims.Quantities;
using ClaimTracker.Tests.Claims.Extraction;

namespace ClaimTracker.Tests.Claims.Quantities;

/// <summary>
/// The quantity extractor passes a sentence with none of <see cref="QuantityLexicon.Triggers"/> without running its
/// rules. A group or displaced-people word left out of the triggers drops an estimate below.
/// </summary>
public class QuantityTriggerShortcutTests
{
    private static readonly string[] RulePhrasings =
    [
        "Iran's roughly 15–25 million ethnic Azerbaijanis. Turkey's Kurdish population, estimated at 15 to 20 million.",
        "Turkey hosts some 3.6 million Syrian refugees. About 2 million displaced people live in Sudan.",
    ];

    public static TheoryData<string> Texts() => ShortcutDifferential.ArticlesAnd(RulePhrasings);

    [Theory]
    [MemberData(nameof(Texts))]
    public void Drafts_are_the_same_with_and_without_the_shortcut(string text) =>
        ShortcutDifferential.AssertSameDrafts(QuantityExtractor.Default, new QuantityExtractor(QuantityLexicon.Default, passSentencesWithoutTriggers: false), text);

    [Fact]
    public void The_rule_phrasings_do_yield_quantities()
    {
        ShortcutDifferential.Drafts(QuantityExtractor.Default, RulePhrasings[0]).Should().Be(2);
        ShortcutDifferential.Drafts(QuantityExtractor.Default, RulePhrasings[1]).Should().Be(2);
    }
}
