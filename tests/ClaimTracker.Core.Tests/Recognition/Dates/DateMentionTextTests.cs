using ClaimTracker.Recognition.Dates;

namespace ClaimTracker.Tests.Recognition.Dates;

/// <summary>Short date mention texts are pooled strings shared across documents: each must still be its own span's characters.</summary>
public class DateMentionTextTests
{
    public static TheoryData<string> Texts() => ScannerShortcutTests.Texts();

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_date_mention_quotes_exactly_the_text_its_span_covers(string text)
    {
        var dates = DateRecognizer.Default.Recognize(text, new DateOnly(2024, 6, 1));

        dates.Should().NotBeEmpty();
        foreach (var date in dates)
        {
            date.Text.Should().Be(date.Span.Slice(text));
        }
    }
}
