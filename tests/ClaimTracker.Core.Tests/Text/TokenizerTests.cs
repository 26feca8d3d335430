using ClaimTracker.Documents;
using ClaimTracker.Text;

namespace ClaimTracker.Tests.Text;

public class TokenizerTests
{
    [Theory]
    [InlineData("Iran's twenty-one UAVs", "Iran's|twenty-one|UAVs")]
    [InlineData("The U.S.-Israeli war", "The|U.S.|-|Israeli|war")]
    [InlineData("1,200 people and 4.1 million tonnes", "1,200|people|and|4.1|million|tonnes")]
    [InlineData("$644 million (3%).", "$|644|million|(|3|%|)|.")]
    [InlineData("15–20 million", "15|–|20|million")]
    [InlineData("“Iron fist,” he said", "“|Iron|fist|,|”|he|said")]
    [InlineData("Araz-2024 drills", "Araz-2024|drills")]
    public void Splits_words_numbers_and_punctuation(string text, string expected)
    {
        var tokens = Tokenizer.Tokenize(text, new TextSpan(0, text.Length));

        string.Join('|', tokens.Select(t => t.Span.Slice(text))).Should().Be(expected);
    }

    [Fact]
    public void Kinds_and_offsets_follow_the_text()
    {
        const string text = "He said 40% of $5 fell.";

        var tokens = Tokenizer.Tokenize(text, new TextSpan(3, 17));

        tokens.Select(t => (t.Span.Slice(text), t.Kind)).Should().Equal(
            ("said", TokenKind.Word), ("40", TokenKind.Number), ("%", TokenKind.Symbol),
            ("of", TokenKind.Word), ("$", TokenKind.Symbol), ("5", TokenKind.Number));
    }

    [Fact]
    public void A_span_outside_the_text_is_clamped_rather_than_thrown()
    {
        Tokenizer.Tokenize("short", new TextSpan(2, 50)).Should().ContainSingle().Which.Span.Should().Be(new TextSpan(2, 5));
    }
}
