using ClaimTracker.Claims.Extraction;
using ClaimTracker.Documents;
using ClaimTracker.Recognition;
using ClaimTracker.Recognition.Numbers;
using ClaimTracker.Text;

namespace ClaimTracker.Tests.Claims.Extraction;

/// <summary>
/// Each sentence gets exactly the mentions inside it, in text order: one that straddles a sentence's end or lies
/// between two sentences belongs to none, and one given out of order is still placed.
/// </summary>
public class MentionSlicerTests
{
    private static readonly Sentence[] ThreeSentences =
    [
        new(0, new TextSpan(0, 10), 0),
        new(1, new TextSpan(12, 20), 0),
        new(2, new TextSpan(20, 30), 0),
    ];

    [Fact]
    public void Mentions_go_to_the_sentence_that_holds_them()
    {
        var numbers = new[]
        {
            Number(0, 2), Number(8, 10), Number(9, 13), Number(10, 12), Number(12, 14), Number(19, 21), Number(25, 27), Number(29, 31), Number(31, 33),
        };

        var slices = MentionSlicer.Slice(new Mentions(numbers, [], [], []), ThreeSentences);

        slices.Select(s => s.Numbers.Select(n => n.Span.Start)).Should().BeEquivalentTo(
            new[] { new[] { 0, 8 }, [12], [25] }, options => options.WithStrictOrdering());
    }

    [Fact]
    public void Mentions_out_of_text_order_are_placed_in_it()
    {
        var numbers = new[] { Number(25, 27), Number(0, 2), Number(14, 16), Number(12, 14) };

        var slices = MentionSlicer.Slice(new Mentions(numbers, [], [], []), ThreeSentences);

        slices.Select(s => s.Numbers.Select(n => n.Span.Start)).Should().BeEquivalentTo(
            new[] { new[] { 0 }, [12, 14], [25] }, options => options.WithStrictOrdering());
    }

    [Fact]
    public void A_sentence_without_mentions_gets_none_of_any_kind()
    {
        var slices = MentionSlicer.Slice(new Mentions([Number(0, 2)], [], [], []), ThreeSentences);

        slices[1].Numbers.Should().BeEmpty();
        slices[1].Dates.Should().BeEmpty();
        slices[1].Actors.Should().BeEmpty();
        slices[1].Locations.Should().BeEmpty();
    }

    private static NumberMention Number(int start, int end) =>
        new(new TextSpan(start, end), "1", NumberValue.Exactly(1), QuantityKind.Count);
}
