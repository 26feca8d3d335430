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
/// Sentences of the pipeline answer the extractors' trigger tests, and which words are in the sets the extractors ask
/// at every word, from one lookup per word (none for a word whose shape no indexed word has). The answers must be
/// those of asking each set, for every set the pipeline indexes and for a set it does not: a word the shape filter
/// wrongly passed fails here.
/// </summary>
public class TriggerIndexTests
{
    // In the pipeline's order; the last is not indexed.
    private static readonly FrozenSet<string>[] Sets =
    [
        WeaponLexicon.Default.Triggers,
        CasualtyLexicon.Default.Triggers,
        QuantityLexicon.Default.Triggers,
        AttackLexicon.Default.Starts,
        AttackLexicon.Default.Weapons,
        StanceExtractor.Default.Triggers,
        EventDateExtractor.Default.AttackWords,
        CasualtyLexicon.Default.ActiveStarts,
        CasualtyLexicon.Default.ResultStarts,
        CasualtyLexicon.Default.ZeroStarts,
        CasualtyLexicon.Default.TollStarts,
        CountVocabulary.Default.OrdinalArticles,
        CountVocabulary.Default.SingleStarts,
        AttackLexicon.Default.TriggerStarts,
        AttackLexicon.Default.NotAttackStarts,
        StanceLexicon.Default.CueStarts,
        StanceLexicon.Default.Rejections,
        EventDateVocabulary.Default.AttackContextStarts,
        EventDateVocabulary.Default.CasualtyWords,
        EventDateVocabulary.Default.OtherEvents,
        CueLexicon.Default.ReportingVerbStarts,
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
                var members = indexed[i].Membership(set);
                for (var w = 0; w < indexed[i].Words.Count; w++)
                {
                    members.Contains(w).Should().Be(set.Contains(indexed[i].Words[w]), $"word {w} of \"{indexed[i].Text}\"");
                }
            }
        }
    }

    [Fact]
    public void The_pipeline_indexes_every_set_the_extractors_ask_and_the_index_finds_each_set()
    {
        var index = new TriggerIndex(Sets);
        for (var i = 0; i < Sets.Length; i++)
        {
            ClaimExtractors.Triggers.IndexOf(Sets[i]).Should().Be(i < Sets.Length - 1 ? i : -1);
            var word = Sets[i].Order(StringComparer.Ordinal).First();
            (index.Classify(word) & (1UL << i)).Should().NotBe(0UL, word);
        }

        index.Classify("zzz-not-a-trigger").Should().Be(0UL);
    }

    [Fact]
    public void The_shape_filter_passes_no_word_of_any_set()
    {
        var words = Sets.SelectMany(s => s).Distinct(StringComparer.Ordinal).ToArray();
        var filtered = new TriggerIndex(Sets);
        var unfiltered = new TriggerIndex(Sets, filterByShape: false);

        words.Select(filtered.Classify).Should().Equal(words.Select(unfiltered.Classify));
    }
}
