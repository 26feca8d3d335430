using ClaimTracker.Documents;

namespace ClaimTracker.Tests.Documents;

public class TextSpanTests
{
    [Theory]
    [InlineData(0, 5, 2, 7, true)]
    [InlineData(0, 5, 5, 7, false)]
    [InlineData(3, 4, 0, 10, true)]
    [InlineData(6, 9, 0, 6, false)]
    public void Overlaps_is_half_open(int aStart, int aEnd, int bStart, int bEnd, bool expected)
    {
        new TextSpan(aStart, aEnd).Overlaps(new TextSpan(bStart, bEnd)).Should().Be(expected);
        new TextSpan(bStart, bEnd).Overlaps(new TextSpan(aStart, aEnd)).Should().Be(expected);
    }

    [Fact]
    public void Slice_returns_the_covered_characters()
    {
        new TextSpan(4, 10).Slice("Two drones struck").Should().Be("drones");
        new TextSpan(0, 17).Contains(new TextSpan(4, 10)).Should().BeTrue();
        new TextSpan(4, 10).Contains(new TextSpan(0, 17)).Should().BeFalse();
    }
}
