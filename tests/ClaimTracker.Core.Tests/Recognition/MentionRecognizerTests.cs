using ClaimTracker.Recognition;

namespace ClaimTracker.Tests.Recognition;

public class MentionRecognizerTests
{
    [Fact]
    public void Numbers_inside_dates_and_names_are_not_counts()
    {
        const string text = "On January 27, 2023, six guards were hurt during the Araz-2024 drills in 2024.";

        var mentions = MentionRecognizer.Default.Recognize(text, new DateOnly(2024, 6, 1));

        mentions.Numbers.Select(n => n.Text).Should().Equal("six");
        mentions.Dates.Select(d => d.Text).Should().Contain("January 27, 2023").And.Contain("in 2024");
    }

    [Fact]
    public void All_four_kinds_come_back_in_text_order_with_spans_into_the_text()
    {
        const string text = "Kyiv said 40 drones were shot down over Odesa on Monday.";

        var mentions = MentionRecognizer.Default.Recognize(text, new DateOnly(2025, 3, 5));

        mentions.Numbers.Should().ContainSingle().Which.Value.Min.Should().Be(40);
        mentions.Dates.Should().ContainSingle().Which.Value!.Value.Start.Should().Be(new DateOnly(2025, 3, 3));
        mentions.Actors.Should().ContainSingle().Which.Actor.Id.Should().Be("UA");
        mentions.Locations.Should().ContainSingle().Which.Span.Slice(text).Should().Be("Odesa");
    }

    [Fact]
    public void Text_with_nothing_to_recognize_yields_nothing()
    {
        var mentions = MentionRecognizer.Default.Recognize("The weather was pleasant and everyone went home.", null);

        mentions.Numbers.Should().BeEmpty();
        mentions.Dates.Should().BeEmpty();
        mentions.Actors.Should().BeEmpty();
        mentions.Locations.Should().BeEmpty();
    }
}
