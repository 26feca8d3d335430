using ClaimTracker.Claims.Casualties;
using ClaimTracker.Claims.Extraction;
using ClaimTracker.Tests.Claims.Extraction;

namespace ClaimTracker.Tests.Claims.Casualties;

/// <summary>
/// The casualty extractor passes a sentence with none of its trigger words without running its rules, and tries each
/// word only against the phrase tables it starts. With the shortcut turned off every rule runs on every sentence and
/// word, and the drafts must be the same: a rule that fires without one of the trigger phrases, or a phrase table left
/// out of the triggers or the start table, fails here.
/// </summary>
public class CasualtyTriggerShortcutTests
{
    // Phrasings of every rule the articles may not use: a toll, zeros, a result verb, a single subject, an active verb.
    private const string RulePhrasings = "The death toll rose to 14 on Sunday. No one was hurt in the second blast. No casualties were reported. "
        + "The shelling left 13 people dead. The gunman was shot dead by police. Militants stormed the post, killing five soldiers "
        + "and wounding two guards. Five people were shot, one fatally. Many civilians lost their lives.";

    public static TheoryData<string> Texts() => ShortcutDifferential.ArticlesAnd(RulePhrasings);

    [Theory]
    [MemberData(nameof(Texts))]
    public void Drafts_are_the_same_with_and_without_the_shortcut(string text) =>
        ShortcutDifferential.AssertSameDrafts(
            new CasualtyExtractor(CasualtyLexicon.Default),
            new CasualtyExtractor(CasualtyLexicon.Default, passSentencesWithoutTriggers: false),
            text);

    [Fact]
    public void The_rule_phrasings_do_yield_casualties()
    {
        var drafts = new List<ClaimDraft>();
        foreach (var sentence in Sentences.Of(RulePhrasings))
        {
            CasualtyExtractor.Default.Extract(sentence, drafts);
        }

        drafts.Should().HaveCountGreaterThanOrEqualTo(8);
    }
}
