using ClaimTracker.Claims.Attribution;
using ClaimTracker.Tests.Claims.Extraction;

namespace ClaimTracker.Tests.Claims.Attribution;

/// <summary>
/// The attack finder passes a sentence with none of <see cref="AttackLexicon.Starts"/> without looking for attacks; the
/// attribution, stance and date extractors all read its results. An attack word or a weapon noun left out of the
/// starts drops an attack below.
/// </summary>
public class AttackStartShortcutTests
{
    // The last sentence has no attack word: only the weapon noun of its origin pattern starts it.
    private static readonly string[] RulePhrasings =
    [
        "Hezbollah fired rockets at Israel. The attack was carried out by Hamas, officials said. Russian missiles hit Kyiv on Monday.",
        "Two drones launched from Iranian territory struck the Nakhchivan Autonomous Republic. UAVs from the armed forces of Iran were seen over Nakhchivan.",
    ];

    public static TheoryData<string> Texts() => ShortcutDifferential.ArticlesAnd(RulePhrasings);

    [Theory]
    [MemberData(nameof(Texts))]
    public void Attacks_are_the_same_with_and_without_the_shortcut(string text)
    {
        var fast = new AttackFinder(AttackLexicon.Default, UnnamedActorReader.Default);
        var full = new AttackFinder(AttackLexicon.Default, UnnamedActorReader.Default, passSentencesWithoutStarts: false);

        foreach (var sentence in Sentences.Of(text, new DateOnly(2026, 3, 8)))
        {
            fast.Triggers(sentence).Should().Equal(full.Triggers(sentence), sentence.Text);
            fast.Find(sentence).Should().BeEquivalentTo(full.Find(sentence), options => options.WithStrictOrdering(), sentence.Text);
        }

        ShortcutDifferential.AssertSameDrafts(new AttributionExtractor(fast), new AttributionExtractor(full), text);
    }

    [Fact]
    public void The_rule_phrasings_do_yield_attacks()
    {
        ShortcutDifferential.Drafts(AttributionExtractor.Default, RulePhrasings[0]).Should().Be(3);
        var origin = Sentences.Of(RulePhrasings[1])[^1];
        AttackFinder.Default.Find(origin).Should().ContainSingle().Which.Attacker.Id.Should().Be("IR.armed-forces");
    }
}
