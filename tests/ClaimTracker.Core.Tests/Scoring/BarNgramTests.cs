using ClaimTracker.Scoring;
using ClaimTracker.Scoring.Compiled;

namespace ClaimTracker.Tests.Scoring;

/// <summary>
/// '|' joins the parts of ML.NET's slot names and may be part of a token too. The compiled models read such names
/// as ML.NET fills them and score sentences with '|' themselves, with ML.NET's probability to the last bit.
/// </summary>
public sealed class BarNgramTests
{
    private static readonly string[] Sentences =
    [
        "Follow us: Facebook | Twitter | Email",
        "READ MORE | 2 dead, 3-year-old wounded in shooting on the east side",
        "(Jane Doe | Springfield Gazette) Police said two men were arrested.",
        "In 1880 |it was| $13.56| in 1913 |1913||1929| federal |$7.17||$32.36|",
        "a||b c|d || e ||| f|",
        "The vote was 12|3 and the motion | as amended | passed.",
        "| By",
        "Download the app: iPhone | Android",
    ];

    public static TheoryData<string> Models => new() { "check-worthiness", "subjectivity" };

    [Theory]
    [MemberData(nameof(Models))]
    public void Sentences_with_bars_are_scored_by_the_compiled_model_as_ML_NET_scores_them(string name)
    {
        var model = name == "check-worthiness" ? SentenceScorer.Default.CheckWorthinessModel : SentenceScorer.Default.SubjectivityModel;
        foreach (var sentence in Sentences)
        {
            model.TryCompiledProbability(sentence, out var probability).Should().BeTrue(sentence);
            BitConverter.SingleToInt32Bits(probability).Should().Be(BitConverter.SingleToInt32Bits(model.MlNetProbability(sentence)), sentence);
        }
    }

    [Fact]
    public void Char_names_are_read_by_position_so_a_bar_is_a_character_too()
    {
        var vocabulary = NgramVocabulary.FromSlotNames(["Char.a|||b", "Char.||||$", "Char.<\u2420>|||i", "Char.<|>|x", "Char.4|||<\u2403>", "Word.a"])!;

        vocabulary.CharSlots.Should().Be(5);
        vocabulary.TrigramSlot('a', '|', 'b').Should().Be(0);
        vocabulary.TrigramSlot('|', '|', '$').Should().Be(1);
        vocabulary.TrigramSlot(' ', '|', 'i').Should().Be(2);
        vocabulary.TrigramSlot('<', '>', 'x').Should().Be(3);
        vocabulary.TrigramSlot('4', '|', NgramVocabulary.TextEnd).Should().Be(4);
    }

    [Fact]
    public void A_word_name_with_one_reading_is_read_so_and_one_with_more_is_unresolved_until_settled()
    {
        string[] names = ["Char.a|b|c", "Word.a", "Word.|in", "Word.a||b", "Word.b"];
        var vocabulary = NgramVocabulary.FromSlotNames(names)!;

        vocabulary.WordSlot("|in").Should().Be(2);
        vocabulary.WordSlot("a", "|b").Should().Be(-1);
        vocabulary.SpellsUnresolved("x a||b").Should().BeTrue("the token a||b may be the slot's n-gram");
        vocabulary.SpellsUnresolved("a |b").Should().BeTrue("so may the pair a, |b");
        vocabulary.SpellsUnresolved("a| b").Should().BeTrue("and the pair a|, b");
        vocabulary.SpellsUnresolved("a |in b").Should().BeFalse();

        var settled = NgramVocabulary.FromSlotNames(names, new Dictionary<int, string?> { [3] = "a |b" })!;
        settled.WordSlot("a", "|b").Should().Be(3);
        settled.WordSlot("a||b").Should().Be(-1);
        settled.SpellsUnresolved("x a||b a| b").Should().BeFalse();
    }

    [Fact]
    public void The_ambiguous_names_are_those_with_more_readings_than_a_plain_pair_and_the_plain_pairs_they_hold_as_tokens()
    {
        var ambiguous = NgramVocabulary.Ambiguous(["Char.a|b|c", "Word.x", "Word.x|y", "Word.y|z", "Word.x|y||z", "Word.|in"]);

        ambiguous.Should().BeEquivalentTo(new (int, string[])[]
        {
            (4, ["x y||z", "x|y |z", "x|y| z", "x|y||z"]),
            (2, ["x y", "x|y"]),
        });
    }
}
