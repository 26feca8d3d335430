using ClaimTracker.Claims.Weapons;
using ClaimTracker.Tests.Claims.Extraction;

namespace ClaimTracker.Tests.Claims.Weapons;

/// <summary>
/// The weapon extractor passes a sentence with none of <see cref="WeaponLexicon.Triggers"/>, or without a count, without
/// running its rules. A weapon word, a phase verb or a pronoun left out of the triggers, or a rule that could fire
/// without a count, drops a count below.
/// </summary>
public class WeaponTriggerShortcutTests
{
    // Sentences whose only trigger is a phase verb ("Three were shot down", "Another crashed") or a pronoun ("Two of
    // them"): their weapon was named in a sentence before.
    private static readonly string[] RulePhrasings =
    [
        "Several drones approached the base at dawn. Three were shot down. Another crashed near the fence.",
        "Several drones approached the base at dawn. Two of them, officials said, without further detail.",
        "Four drones were launched at the airport, three were shot down and the others reached their targets.",
        "NATO jets downed three drones. Air defences shot down 40 of 52 missiles. A rocket slammed into a school.",
    ];

    public static TheoryData<string> Texts() => ShortcutDifferential.ArticlesAnd(RulePhrasings);

    [Theory]
    [MemberData(nameof(Texts))]
    public void Drafts_are_the_same_with_and_without_the_shortcut(string text) =>
        ShortcutDifferential.AssertSameDrafts(WeaponCountExtractor.Default, new WeaponCountExtractor(WeaponLexicon.Default, passSentencesWithoutTriggers: false), text);

    [Fact]
    public void The_rule_phrasings_do_yield_weapon_counts()
    {
        ShortcutDifferential.Drafts(WeaponCountExtractor.Default, RulePhrasings[0]).Should().Be(3);
        ShortcutDifferential.Drafts(WeaponCountExtractor.Default, RulePhrasings[1]).Should().Be(2);
        ShortcutDifferential.Drafts(WeaponCountExtractor.Default, RulePhrasings[2]).Should().Be(3);
    }
}
