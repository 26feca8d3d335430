using ClaimTracker.Documents;
using ClaimTracker.Recognition.Dates;

namespace ClaimTracker.Tests.Recognition.Dates;

public class DateRecognizerWindowTests
{
    private const string Text = "In 2019 the plant closed. In March it reopened. On Thursday it burned.";

    [Fact]
    public void Window_limits_the_mentions_and_keeps_absolute_spans()
    {
        var start = Text.IndexOf("In March", StringComparison.Ordinal);
        var mentions = DateRecognizer.Default.Recognize(Text, new DateOnly(2026, 3, 8), new TextSpan(start, Text.Length));

        mentions.Select(m => m.Text).Should().Equal("In March", "On Thursday");
        mentions[0].Span.Should().Be(new TextSpan(start, start + "In March".Length));
    }

    [Fact]
    public void Context_outside_the_window_is_not_used()
    {
        var start = Text.IndexOf("In March", StringComparison.Ordinal);
        var inside = DateRecognizer.Default.Recognize(Text, new DateOnly(2026, 3, 8), new TextSpan(start, Text.Length));
        var whole = DateRecognizer.Default.Recognize(Text, new DateOnly(2026, 3, 8));

        whole.Single(m => m.Text == "In March").Value.Should().Be(DateInterval.Month(2019, 3));
        inside.Single(m => m.Text == "In March").Value.Should().Be(DateInterval.Month(2026, 3));
    }

    [Fact]
    public void Options_bound_how_far_back_an_anchor_may_be()
    {
        const string text = "On 4 May 2021 talks began.\n\nA day later they collapsed.";
        var strict = new DateRecognizer(new DateRecognizerOptions { AnchorMaxParagraphsBack = 0 });

        DateRecognizer.Default.Recognize(text, null)[1].Value.Should().Be(DateInterval.Day(new DateOnly(2021, 5, 5)));
        strict.Recognize(text, null)[1].Resolution.Should().Be(DateResolution.Unresolved);
        strict.Recognize(text, null)[1].Offset.Should().Be(new RelativeOffset(DateUnit.Day, 1, 1, RelativeReference.PriorMention));
    }
}
