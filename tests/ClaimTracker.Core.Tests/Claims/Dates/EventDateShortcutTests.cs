using ClaimTracker.Claims.Attribution;
using ClaimTracker.Claims.Dates;
using ClaimTracker.Tests.Claims.Extraction;

namespace ClaimTracker.Tests.Claims.Dates;

/// <summary>
/// The event-date extractor passes a sentence with none of <see cref="EventDateExtractor.AttackWords"/> before looking
/// for its anchors. Each phrasing below dates an attack through one kind of anchor only (an attack word, a weapon, an
/// attack-context word, a casualty word beside a number, an opening date taken by the next sentence), so leaving one
/// kind out of the set drops an event date.
/// </summary>
public class EventDateShortcutTests
{
    private static readonly string[] RulePhrasings =
    [
        "Militants attacked the village on 3 March 2026.",
        "A drone was seen over the base on 3 March 2026.",
        "A loud explosion was heard in the port on 3 March 2026.",
        "Five people died in the town on 3 March 2026.",
        "On 3 March 2026, late at night. Two drones struck the port.",
    ];

    public static TheoryData<string> Texts() => ShortcutDifferential.ArticlesAnd(RulePhrasings);

    [Theory]
    [MemberData(nameof(Texts))]
    public void Drafts_are_the_same_with_and_without_the_shortcut(string text) =>
        ShortcutDifferential.AssertSameDrafts(
            EventDateExtractor.Default,
            new EventDateExtractor(EventDateVocabulary.Default, AttackFinder.Default, passSentencesWithoutAttackWords: false),
            text);

    [Fact]
    public void The_rule_phrasings_do_yield_event_dates()
    {
        foreach (var text in RulePhrasings)
        {
            ShortcutDifferential.Drafts(EventDateExtractor.Default, text).Should().Be(1, text);
        }
    }
}
