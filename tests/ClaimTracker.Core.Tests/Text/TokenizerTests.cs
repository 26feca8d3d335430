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

    [Fact]
    public void Only_a_joiner_lets_a_word_or_number_read_past_a_character_that_is_not_a_letter_digit_or_mark()
    {
        // The scan-based sentence tokens rely on this: a scan word followed by anything but a joiner is one token.
        for (var c = '\0'; c < char.MaxValue; c++)
        {
            if (Tokenizer.MayJoin(c) || char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            foreach (var text in new[] { $"a{c}b", $"1{c}2", $"a{c}1" })
            {
                Tokenizer.Tokenize(text, new TextSpan(0, text.Length))[0].Span.Should().Be(new TextSpan(0, 1), "U+{0:X4} is not a joiner", (int)c);
            }
        }
    }

    [Theory]
    [InlineData('\'')]
    [InlineData('\u2019')]
    [InlineData('-')]
    [InlineData('\u2010')]
    [InlineData(',')]
    [InlineData('.')]
    public void Every_joiner_joins_some_word(char joiner)
    {
        Tokenizer.MayJoin(joiner).Should().BeTrue();
        new[] { $"a{joiner}b", $"1{joiner}2" }.Should().Contain(text => Tokenizer.Tokenize(text, new TextSpan(0, text.Length)).Count == 1);
    }

    [Fact]
    public void The_kind_of_a_piece_standing_alone_is_that_of_its_one_token()
    {
        var pieces = Enumerable.Range(0, char.MaxValue).Select(c => ((char)c).ToString())
            .Concat(["drones", "1200", "B52", "Jose\u0301", "\u0915\u093F", "\U0001F680", "Iran's", "1,2", "two words"]);
        foreach (var piece in pieces)
        {
            var tokens = Tokenizer.Tokenize(piece, new TextSpan(0, piece.Length));
            if (Tokenizer.KindOfWhole(piece) is { } kind)
            {
                tokens.Should().ContainSingle(piece).Which.Should().Be(new Token(new TextSpan(0, piece.Length), kind), piece);
            }
        }

        Tokenizer.KindOfWhole("drones").Should().Be(TokenKind.Word);
        Tokenizer.KindOfWhole("1200").Should().Be(TokenKind.Number);
        Tokenizer.KindOfWhole("%").Should().Be(TokenKind.Symbol);
        Tokenizer.KindOfWhole(",").Should().Be(TokenKind.Punctuation);
        Tokenizer.KindOfWhole("\u0915\u093F").Should().BeNull("a spacing mark ends the tokenizer's word");
        Tokenizer.KindOfWhole("\uD83D").Should().BeNull("the tokenizer reads a surrogate pair as one token");
        Tokenizer.KindOfWhole(" ").Should().BeNull();
    }
}
