using ClaimTracker.Recognition.Numbers;

namespace ClaimTracker.Tests.Recognition.Numbers;

/// <summary>Short number mention texts are pooled strings shared across documents: each must still be its own span's characters.</summary>
public class MentionTextTests
{
    public static TheoryData<string> Texts() => ScannerShortcutTests.Texts();

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_number_mention_quotes_exactly_the_text_its_span_covers(string text)
    {
        var numbers = NumberRecognizer.Default.Recognize(text);

        numbers.Should().NotBeEmpty();
        foreach (var number in numbers)
        {
            number.Text.Should().Be(number.Span.Slice(text));
        }
    }
}
