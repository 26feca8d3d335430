using ClaimTracker.Scoring;
using ClaimTracker.Scoring.Compiled;
using ClaimTracker.Scoring.Training;
using ClaimTracker.Text;

namespace ClaimTracker.Tests.Scoring;

/// <summary>
/// The compiled models find a word pair by its two words' slots, and skip the pair when either word is unknown. Both
/// shipped models count the same features that way as by looking every pair up by its text, on every sentence of
/// the labelled data and of the seed and gold articles; a vocabulary whose pairs hold unknown words goes by text.
/// </summary>
public sealed class WordPairShortcutTests
{
    public static TheoryData<string> Models => new() { "check-worthiness", "subjectivity" };

    [Theory]
    [MemberData(nameof(Models))]
    public void Pairs_found_by_their_words_slots_are_the_pairs_found_by_their_text(string name)
    {
        var model = (name == "check-worthiness" ? SentenceScorer.Default.CheckWorthinessModel : SentenceScorer.Default.SubjectivityModel).Compiled!;
        model.Vocabulary.PairsByWordSlots.Should().BeTrue("the shortcut must be in use for this test to mean anything");

        var data = RepositoryFiles.PathOf("data", "training");
        var sentences = ClaimBusterReader.Read(Path.Combine(data, "claimbuster", "2.5xNCS.json"))
            .Concat(new[] { "train.csv", "val.csv", "test.csv" }.SelectMany(file => NewsSdReader.Read(Path.Combine(data, "newssd-eng", file))))
            .Select(s => s.Text)
            .Concat(ArticleTexts.SeedsAndGoldArticles().SelectMany(text => SentenceSplitter.Default.Split(text).Select(s => s.Span.Slice(text))))
            .Distinct(StringComparer.Ordinal);

        var pairSlots = model.Vocabulary.Ngrams().Where(n => n.Text.Contains(' ', StringComparison.Ordinal)).Select(n => n.Slot).ToHashSet();
        var fast = new SparseFeatures();
        var full = new SparseFeatures();
        var pairs = 0;
        foreach (var sentence in sentences)
        {
            var counted = model.TryCount(sentence, fast, pairsByWordSlots: true);
            model.TryCount(sentence, full, pairsByWordSlots: false).Should().Be(counted, sentence);
            fast.Indices.AsSpan(0, fast.Count).ToArray().Should().Equal(full.Indices.AsSpan(0, full.Count).ToArray(), sentence);
            fast.Counts.AsSpan(0, fast.Count).ToArray().Should().Equal(full.Counts.AsSpan(0, full.Count).ToArray(), sentence);
            fast.CharCount.Should().Be(full.CharCount, sentence);
            pairs += fast.Indices.AsSpan(0, fast.Count).ToArray().Count(pairSlots.Contains);
        }

        pairs.Should().BeGreaterThan(1000, "the sentences must hold many known word pairs");
    }

    [Fact]
    public void A_vocabulary_with_a_pair_of_an_unknown_word_finds_pairs_by_their_text()
    {
        var vocabulary = NgramVocabulary.FromSlotNames(["Char.a|b|c", "Word.two", "Word.two|drones", "Word.drones"])!;
        vocabulary.PairsByWordSlots.Should().BeTrue();
        vocabulary.PairSlot(vocabulary.WordSlot("two"), vocabulary.WordSlot("drones")).Should().Be(2);
        vocabulary.PairSlot(vocabulary.WordSlot("drones"), vocabulary.WordSlot("two")).Should().Be(-1);

        NgramVocabulary.FromSlotNames(["Char.a|b|c", "Word.two", "Word.two|drones"])!.PairsByWordSlots.Should().BeFalse();
    }

    [Fact]
    public void A_forgotten_pair_is_not_found_by_its_words_slots()
    {
        var vocabulary = NgramVocabulary.FromSlotNames(["Char.a|b|c", "Word.two", "Word.two|drones", "Word.drones"])!;
        vocabulary.Forget(2);

        vocabulary.PairSlot(vocabulary.WordSlot("two"), vocabulary.WordSlot("drones")).Should().Be(-1);
        vocabulary.WordSlot("two", "drones").Should().Be(-1);
        vocabulary.PairsByWordSlots.Should().BeTrue();

        vocabulary.Forget(1);
        vocabulary.PairsByWordSlots.Should().BeFalse("a pair with a forgotten word could no longer be found by slots");
    }
}
