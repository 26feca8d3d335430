using ClaimTracker.Recognition.Dates;
using ClaimTracker.Recognition.Numbers;
using ClaimTracker.Text;

namespace ClaimTracker.Tests.Text;

public class TokenBufferTests
{
    [Fact]
    public void A_returned_list_comes_back_empty_on_the_next_rent()
    {
        var first = TokenBuffer<int>.Rent();
        first.AddRange([1, 2, 3]);
        TokenBuffer<int>.Return(first);

        var second = TokenBuffer<int>.Rent();

        second.Should().BeSameAs(first).And.BeEmpty();
        TokenBuffer<int>.Return(second);
    }

    [Fact]
    public void A_nested_rent_gets_a_list_of_its_own()
    {
        var outer = TokenBuffer<long>.Rent();
        var inner = TokenBuffer<long>.Rent();

        inner.Should().NotBeSameAs(outer);
        TokenBuffer<long>.Return(inner);
        TokenBuffer<long>.Return(outer);
    }

    [Fact]
    public void An_outsized_list_is_let_go()
    {
        var large = TokenBuffer<short>.Rent();
        large.Capacity = TokenBuffer<short>.MaxKeptCapacity + 1;
        TokenBuffer<short>.Return(large);

        var next = TokenBuffer<short>.Rent();

        next.Should().NotBeSameAs(large);
        next.Capacity.Should().BeLessThanOrEqualTo(TokenBuffer<short>.MaxKeptCapacity);
    }

    [Fact]
    public void Recognizers_that_reuse_buffers_give_the_same_mentions_on_repeated_calls()
    {
        const string Text = "On March 3, 2024, two drones struck; a week later 14 more were shot down.";

        var firstNumbers = NumberRecognizer.Default.Recognize(Text);
        var firstDates = DateRecognizer.Default.Recognize(Text, new DateOnly(2024, 3, 20));
        NumberRecognizer.Default.Recognize("Forty-one people, 12 of them children.");
        DateRecognizer.Default.Recognize("Yesterday, on Monday, in 1999.", null);

        NumberRecognizer.Default.Recognize(Text).Should().Equal(firstNumbers);
        DateRecognizer.Default.Recognize(Text, new DateOnly(2024, 3, 20)).Should().Equal(firstDates);
        firstNumbers.Select(n => n.Text).Should().Contain(["two", "14"]);
    }
}
