using System.Globalization;
using ClaimTracker.Documents;
using ClaimTracker.Recognition.Numbers;
using CsCheck;
using Humanizer;

namespace ClaimTracker.Tests.Recognition.Numbers;

/// <summary>Humanizer writes random numbers in English words; the recognizer must read each one back whole.</summary>
public class NumberWordsPropertyTests
{
    private static readonly CultureInfo English = new("en-US");

    public static TheoryData<string> Spellings => ["humanizer", "addAnd false", "American, no and", "without hyphens", "capitalised in a sentence"];

    [Theory]
    [MemberData(nameof(Spellings))]
    public void Number_words_up_to_a_billion_read_back_as_the_same_number(string spelling)
    {
        Gen.Int[0, 999_999_999].Sample(n =>
        {
            var words = spelling switch
            {
                "addAnd false" => n.ToWords(addAnd: false, English),
                "American, no and" => n.ToWords(English).Replace(" and ", " ", StringComparison.Ordinal),
                "without hyphens" => n.ToWords(English).Replace('-', ' '),
                "capitalised in a sentence" => n.ToWords(English).Transform(To.SentenceCase),
                _ => n.ToWords(English),
            };
            var text = spelling == "capitalised in a sentence" ? words + " drones were counted." : words;

            var mentions = NumberRecognizer.Default.Recognize(text);

            mentions.Should().ContainSingle($"'{text}' is one number");
            mentions[0].Span.Should().Be(new TextSpan(0, words.Length), $"the whole of '{words}' is the number");
            mentions[0].Value.Should().Be(NumberValue.Exactly(n), $"'{words}' is {n}");
        }, iter: 2000);
    }
}
