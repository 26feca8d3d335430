using ClaimTracker.Scoring;
using ClaimTracker.Scoring.Compiled;

namespace ClaimTracker.Tests.Scoring;

/// <summary>
/// ML.NET keeps a sentence's n-gram counts sparse until about half a part's slots are filled (repeats count once),
/// then sums them densely in another order. The compiled models score long sentences themselves up to just below
/// that point, with ML.NET's probability to the last bit, however often their n-grams repeat.
/// </summary>
public sealed class LongSentenceTests
{
    public static TheoryData<string> Models => new() { "check-worthiness", "subjectivity" };

    [Theory]
    [MemberData(nameof(Models))]
    public void A_long_sentence_of_repeated_words_is_scored_by_the_compiled_model_as_ML_NET_scores_it(string name)
    {
        var model = Model(name);
        var sentence = string.Concat(Enumerable.Repeat("POLICE SAID THE SHOOTER FIRED SIX ROUNDS INTO THE CROWD.WE MUST BRING HIM TO JUSTICE, THE MAYOR ADDED. ", 80));

        model.TryCompiledProbability(sentence, out var probability).Should().BeTrue();
        BitConverter.SingleToInt32Bits(probability).Should().Be(BitConverter.SingleToInt32Bits(model.MlNetProbability(sentence)));
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Sentences_near_half_the_char_slots_are_scored_as_ML_NET_scores_them_or_declined(string name)
    {
        var model = Model(name);
        var compiled = model.Compiled!;
        var vocabulary = compiled.Vocabulary;
        var trigrams = vocabulary.Ngrams()
            .Where(n => n.Slot < vocabulary.CharSlots && n.Text.All(c => c is >= 'a' and <= 'z'))
            .Select(n => n.Text)
            .Order(StringComparer.Ordinal)
            .ToArray();
        var features = new SparseFeatures();
        int CharSlotsOf(int segments)
        {
            compiled.TryCount(string.Join(' ', trigrams.Take(segments)), features, pairsByWordSlots: true);
            return features.CharCount;
        }

        // The longest run of trigrams the compiled model still scores: the first that fills one slot too many.
        var limit = (vocabulary.CharSlots / 2) - 2;
        CharSlotsOf(trigrams.Length).Should().BeGreaterThanOrEqualTo(limit, "the trigrams must reach the limit for this test to mean anything");
        int low = 1, high = trigrams.Length;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            (low, high) = CharSlotsOf(middle) < limit ? (middle, high) : (low, middle - 1);
        }

        var longest = string.Join(' ', trigrams.Take(low));
        model.TryCompiledProbability(longest, out var probability).Should().BeTrue();
        BitConverter.SingleToInt32Bits(probability).Should().Be(BitConverter.SingleToInt32Bits(model.MlNetProbability(longest)));
        // Past the limit the model may decline; what it still scores must be ML.NET's probability exactly.
        foreach (var length in Enumerable.Range(low + 1, 3))
        {
            var longer = string.Join(' ', trigrams.Take(length));
            if (model.TryCompiledProbability(longer, out var beyond))
            {
                BitConverter.SingleToInt32Bits(beyond).Should().Be(BitConverter.SingleToInt32Bits(model.MlNetProbability(longer)), "{0} trigrams", length);
            }
        }
    }

    private static BinaryTextModel Model(string name) => name == "check-worthiness" ? SentenceScorer.Default.CheckWorthinessModel : SentenceScorer.Default.SubjectivityModel;
}
