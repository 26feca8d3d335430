using System.Text;
using ClaimTracker.Documents;
using ClaimTracker.Recognition.Numbers;
using CsCheck;

namespace ClaimTracker.Tests.Recognition.Numbers;

/// <summary>Untrusted text never throws and always yields spans inside the text, in order, never overlapping.</summary>
public class GarbageInputTests
{
    private static void ShouldBeSane(string text, IReadOnlyList<NumberMention> mentions, TextSpan? window = null)
    {
        var bounds = window ?? new TextSpan(0, text.Length);
        var previousEnd = bounds.Start;
        foreach (var mention in mentions)
        {
            mention.Span.Length.Should().BePositive();
            mention.Span.Start.Should().BeGreaterThanOrEqualTo(previousEnd);
            mention.Span.End.Should().BeLessThanOrEqualTo(bounds.End);
            mention.Text.Should().Be(mention.Span.Slice(text));
            if (mention.Value.Max is { } max)
            {
                max.Should().BeGreaterThanOrEqualTo(mention.Value.Min);
            }

            previousEnd = mention.Span.End;
        }
    }

    [Fact]
    public void Random_strings_of_any_characters_are_safe()
    {
        Gen.String[Gen.Char, 0, 200].Sample(text => ShouldBeSane(text, NumberRecognizer.Default.Recognize(text)), iter: 3000);
    }

    [Fact]
    public void Random_strings_of_number_like_characters_are_safe()
    {
        var numberish = Gen.OneOf('1', '2', '0', '9', ',', '.', '-', '–', ' ', '\u00A0', '%', '$', '/', ':', '+', 'k', 'M', 'a');
        var words = Gen.OneOf("one", "hundred", "and", "million", "point", "about", "more than", "or more", "between", "to", "dozen", "several", "-", " ");
        Gen.String[numberish, 0, 120].Sample(text => ShouldBeSane(text, NumberRecognizer.Default.Recognize(text)), iter: 3000);
        Gen.Select(words.Array[0, 30], parts => string.Join(' ', parts))
            .Sample(text => ShouldBeSane(text, NumberRecognizer.Default.Recognize(text)), iter: 3000);
    }

    [Fact]
    public void Random_windows_are_safe()
    {
        const string text = "About 40 drones, 15–20 million people, $5 billion and several hundred troops in 2023.";
        Gen.Select(Gen.Int[-10, 100], Gen.Int[-10, 100]).Sample((start, end) =>
        {
            var mentions = NumberRecognizer.Default.Recognize(text, new TextSpan(start, end));
            var clampedStart = Math.Clamp(start, 0, text.Length);
            ShouldBeSane(text, mentions, new TextSpan(clampedStart, Math.Clamp(end, clampedStart, text.Length)));
        });
    }

    [Theory]
    [InlineData("\0\u0001\u0002 12 \u0007\u001b 3")]
    [InlineData("\uD800 12 \uDC00 drones \uDBFF\uDFFF 3")]
    [InlineData("1\u0000000")]
    [InlineData("$")]
    [InlineData("%")]
    [InlineData("a")]
    [InlineData("-")]
    [InlineData("more than")]
    [InlineData("between 4 and")]
    [InlineData("999999999999999999999999999999999999 trillion trillion")]
    [InlineData("999,999,999,999,999 trillion billion million thousand")]
    [InlineData("9.99999999999999999999999 billion")]
    [InlineData("1.1.1.1.1.1.1.1.1.1.1.1.1")]
    public void Odd_strings_are_safe(string text)
    {
        ShouldBeSane(text, NumberRecognizer.Default.Recognize(text));
    }

    [Fact]
    public void Null_and_empty_yield_nothing()
    {
        NumberRecognizer.Default.Recognize(null!).Should().BeEmpty();
        NumberRecognizer.Default.Recognize(string.Empty).Should().BeEmpty();
    }

    [Fact]
    public void A_megabyte_of_digits_is_one_opaque_run()
    {
        var text = new string('7', 1 << 20);
        NumberRecognizer.Default.Recognize(text).Should().BeEmpty();
    }

    [Fact]
    public void A_megabyte_of_separated_numbers_is_safe()
    {
        var builder = new StringBuilder();
        while (builder.Length < 1 << 20)
        {
            builder.Append("1-2-3 1,234 one hundred and five 4.5% ");
        }

        var text = builder.ToString();
        ShouldBeSane(text, NumberRecognizer.Default.Recognize(text));
    }
}
