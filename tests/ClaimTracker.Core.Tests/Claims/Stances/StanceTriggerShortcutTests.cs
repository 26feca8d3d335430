using ClaimTracker.Claims.Attribution;
using ClaimTracker.Claims.Stances;
using ClaimTracker.Tests.Claims.Extraction;

namespace ClaimTracker.Tests.Claims.Stances;

/// <summary>
/// The stance extractor passes a sentence with none of its cue words, rejection verbs and attack words without running
/// its rules. Each phrasing below has one kind of trigger only, so leaving one kind out of the set drops a stance.
/// </summary>
public class StanceTriggerShortcutTests
{
    private static readonly string[] RulePhrasings =
    [
        "A drone struck the port of Odesa on Monday. Iran denied responsibility.",
        "A drone struck the port of Odesa on Monday. Moscow refuted the report.",
        "A drone struck the port of Odesa on Monday. The Russian Defence Ministry said it struck the port overnight.",
    ];

    public static TheoryData<string> Texts() => ShortcutDifferential.ArticlesAnd(RulePhrasings);

    [Theory]
    [MemberData(nameof(Texts))]
    public void Drafts_are_the_same_with_and_without_the_shortcut(string text) =>
        ShortcutDifferential.AssertSameDrafts(
            StanceExtractor.Default,
            new StanceExtractor(StanceLexicon.Default, AttackFinder.Default, UnnamedActorReader.Default, passSentencesWithoutTriggers: false),
            text);

    [Fact]
    public void The_rule_phrasings_do_yield_stances()
    {
        foreach (var text in RulePhrasings)
        {
            ShortcutDifferential.Drafts(StanceExtractor.Default, text).Should().Be(1, text);
        }
    }
}
