using System.Collections.Frozen;
using ClaimTracker.Claims.Attribution;
using ClaimTracker.Claims.Casualties;
using ClaimTracker.Claims.Dates;
using ClaimTracker.Claims.Extraction;
using ClaimTracker.Claims.Quantities;
using ClaimTracker.Claims.Stances;
using ClaimTracker.Claims.Weapons;

namespace ClaimTracker.Tests.Claims.Extraction;

/// <summary>
/// Sentences of the pipeline answer the extractors' trigger tests from one pass over their words. The answers must be
/// those of scanning each set, for every set the pipeline indexes and for a set it does not.
/// </summary>
public class TriggerIndexTests
{
    private static readonly FrozenSet<string>[] Sets =
    [
        WeaponLexicon.Default.Triggers,
        CasualtyLexicon.Default.Triggers,
        QuantityLexicon.Default.Triggers,
        AttackLexicon.Default.Starts,
        AttackLexicon.Default.Weapons,
        StanceExtractor.Default.Triggers,
        EventDateExtractor.Default.AttackWords,
        CountVocabulary.Default.Pronouns,
    ];

    public static TheoryData<string> Texts() => ShortcutDifferential.ArticlesAnd();

    [Theory]
    [MemberData(nameof(Texts))]
    public void Indexed_sentences_answer_as_a_scan_of_each_set(string text)
    {
        var indexed = Sentences.Of(text, triggers: ClaimExtractors.Triggers);
        var scanned = Sentences.Of(text);

        for (var i = 0; i < indexed.Count; i++)
        {
            foreach (var set in Sets)
            {
                indexed[i].ContainsAny(set).Should().Be(scanned[i].ContainsAny(set), indexed[i].Text);
            }
        }
    }

    [Fact]
    public void The_pipeline_indexes_every_extractor_shortcut_and_the_index_finds_each_set()
    {
        var index = new TriggerIndex(Sets);
        for (var i = 0; i < Sets.Length; i++)
        {
            ClaimExtractors.Triggers.IndexOf(Sets[i]).Should().Be(i < Sets.Length - 1 ? i : -1);
            var word = Sets[i].Order(StringComparer.Ordinal).First();
            (index.SetsOf([word]) & (1UL << i)).Should().NotBe(0UL, word);
        }

        index.SetsOf(["zzz-not-a-trigger"]).Should().Be(0UL);
    }
}
