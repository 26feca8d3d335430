using ClaimTracker.Claims.Extraction;
using ClaimTracker.Claims.Quantities;
using ClaimTracker.Tests.Claims.Extraction;

namespace ClaimTracker.Tests.Claims.Quantities;

/// <summary>
/// Reading a sentence's counts, a word that is no number is passed at once unless it is an ordinal article or in
/// <see cref="CountVocabulary.SingleStarts"/>. With the shortcut off every word is asked as before, and the counts must
/// be the same: a single's first word left out of its set fails here.
/// </summary>
public class CountStartShortcutTests
{
    // Every single and ordinal article of count-words.json, each before something it counts.
    private const string RulePhrasings = "A drone hit the port. An engineer was hurt. One more was shot. Another crashed. "
        + "A single rocket fell. Yet another was found. The second drone was downed. A fifth person was shot. An eighth rocket fell.";

    public static TheoryData<string> Texts() => ShortcutDifferential.ArticlesAnd(RulePhrasings);

    [Theory]
    [MemberData(nameof(Texts))]
    public void Counts_are_the_same_with_and_without_the_shortcut(string text)
    {
        foreach (var sentence in Sentences.Of(text, new DateOnly(2026, 3, 8), triggers: ClaimExtractors.Triggers))
        {
            var fast = CountReader.ReadAll(sentence);
            var full = CountReader.ReadAll(sentence, passWordsWithoutCountStarts: false);
            for (var i = 0; i < sentence.Tokens.Count; i++)
            {
                fast.At(i).Should().Be(full.At(i), $"token {i} of \"{sentence.Text}\"");
            }
        }
    }

    [Fact]
    public void The_rule_phrasings_do_read_singles_and_ordinals()
    {
        var forms = new List<CountForm>();
        foreach (var sentence in Sentences.Of(RulePhrasings))
        {
            for (var i = 0; i < sentence.Tokens.Count; i++)
            {
                if (sentence.Counts.At(i) is { } count)
                {
                    forms.Add(count.Form);
                }
            }
        }

        forms.Count(f => f == CountForm.Single).Should().BeGreaterThanOrEqualTo(6);
        forms.Count(f => f == CountForm.Ordinal).Should().BeGreaterThanOrEqualTo(3);
    }
}
