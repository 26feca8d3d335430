using ClaimTracker.Documents;
using ClaimTracker.Recognition.Dates;
using CsCheck;

namespace ClaimTracker.Tests.Recognition.Dates;

public class DateRecognizerRobustnessTests
{
    public static TheoryData<string> Garbage() => new()
    {
        string.Empty,
        "\0\u0001\u0002\u001b[31m\u007f",
        "\uD800 in 2023 \uDC00 January \uD83D",
        "January\u0000 27,\u0000 2023",
        "-2023-01-27-",
        "2023-13-45 2023-02-30 0000-00-00 9999-12-31",
        "May May May May May 31 31 31 , , ,",
        "in in in in 2023 2024 2025 to to to",
        "99999999999999999999 days ago, 999 decades ago, 999 years later",
        "\r\n\r\n\u2029\u2028 yesterday \n\n\n\n the next day",
        "Monday, Monday, Monday, January",
        "the early the late the mid- the end of",
        new string('9', 100_000),
        string.Concat(Enumerable.Repeat("On March 4, two days later in January ", 20_000)),
        string.Concat(Enumerable.Repeat("\uDBFF", 50_000)),
    };

    [Theory]
    [MemberData(nameof(Garbage))]
    public void Garbage_yields_well_formed_mentions_and_never_throws(string text)
    {
        foreach (var published in new DateOnly?[] { null, DateOnly.MinValue, DateOnly.MaxValue, new(2026, 3, 8) })
        {
            var mentions = DateRecognizer.Default.Recognize(text, published);
            ShouldBeWellFormed(text, mentions);
        }
    }

    [Fact]
    public void Random_strings_never_throw()
    {
        var piece = Gen.OneOf<string>(
            Gen.Char.Select(c => c.ToString()),
            Gen.Char["0123456789 -\u2013/.,:'\u2019\n"].Select(c => c.ToString()),
            Gen.OneOf<string>("January", "May", "March", "Thursday", "in", "on", "last", "2023", "1990s", "days", "later",
                "ago", "the", "next", "day", "early", "mid", "within", "less than", "24", "hours", "27th", "of"));
        Gen.Select(piece.Array[0, 60], Gen.Int[-1, 40000])
            .Sample((parts, day) =>
            {
                var text = string.Join(" ", parts);
                DateOnly? published = day < 0 ? null : DateOnly.FromDayNumber(day * 80);
                ShouldBeWellFormed(text, DateRecognizer.Default.Recognize(text, published));
            }, iter: 3000);
    }

    [Theory]
    [InlineData(-5, 3)]
    [InlineData(5, 2)]
    [InlineData(0, int.MaxValue)]
    [InlineData(int.MinValue, int.MaxValue)]
    public void Out_of_range_windows_are_clamped(int start, int end)
    {
        const string text = "On 4 May 2021 the talks began.";
        var mentions = DateRecognizer.Default.Recognize(text, null, new TextSpan(start, end));
        ShouldBeWellFormed(text, mentions);
    }

    [Theory]
    [InlineData("Thursday")]
    [InlineData("last Thursday")]
    [InlineData("next Thursday")]
    public void A_weekday_outside_the_calendar_stays_unresolved(string text)
    {
        foreach (var published in new[] { DateOnly.MinValue, DateOnly.MaxValue })
        {
            var mentions = DateRecognizer.Default.Recognize(text, published);

            ShouldBeWellFormed(text, mentions);
            mentions.Should().ContainSingle(m => m.Text.EndsWith("Thursday", StringComparison.Ordinal));
        }

        DateRecognizer.Default.Recognize("Thursday", DateOnly.MinValue).Single().Resolution.Should().Be(DateResolution.Unresolved);
        DateRecognizer.Default.Recognize("next Thursday", DateOnly.MaxValue).Single().Resolution.Should().Be(DateResolution.Unresolved);
    }

    [Fact]
    public void Null_text_yields_nothing()
    {
        DateRecognizer.Default.Recognize(null!, new DateOnly(2026, 3, 8)).Should().BeEmpty();
    }

    private static void ShouldBeWellFormed(string text, IReadOnlyList<DateMention> mentions)
    {
        var previousEnd = 0;
        foreach (var mention in mentions)
        {
            mention.Span.Start.Should().BeGreaterThanOrEqualTo(previousEnd);
            mention.Span.End.Should().BeGreaterThan(mention.Span.Start).And.BeLessThanOrEqualTo(text.Length);
            mention.Text.Should().Be(mention.Span.Slice(text));
            if (mention.Value is { } value)
                value.End.Should().BeOnOrAfter(value.Start);
            (mention.Value is null).Should().Be(mention.Resolution == DateResolution.Unresolved);
            previousEnd = mention.Span.End;
        }
    }
}
