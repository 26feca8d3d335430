using ClaimTracker.Recognition.Dates;

namespace ClaimTracker.Tests.Recognition.Dates;

public class RelativeOffsetTests
{
    public static TheoryData<RelativeOffset, DateInterval, string> Applications() => new()
    {
        { new(DateUnit.Day, -1, -1, RelativeReference.PriorMention), DateInterval.Day(new(2024, 3, 1)), "2024-02-29" },
        { new(DateUnit.Day, 0, 1, RelativeReference.PriorMention), DateInterval.Day(new(2025, 12, 31)), "2025-12-31..2026-01-01" },
        { new(DateUnit.Day, 1, 1, RelativeReference.PriorMention), DateInterval.Month(2024, 5), "2024-05-02..2024-06-01" },
        { new(DateUnit.Week, -1, -1, RelativeReference.Publication), DateInterval.Day(new(2026, 1, 1)), "2025-12-22..2025-12-28" },
        { new(DateUnit.Week, 0, 0, RelativeReference.Publication), DateInterval.Day(new(2026, 3, 8)), "2026-03-02..2026-03-08" },
        { new(DateUnit.Month, -1, -1, RelativeReference.Publication), DateInterval.Day(new(2026, 1, 3)), "2025-12-01..2025-12-31" },
        { new(DateUnit.Month, 1, 1, RelativeReference.Publication), DateInterval.Day(new(2024, 1, 31)), "2024-02-01..2024-02-29" },
        { new(DateUnit.Year, 2, 2, RelativeReference.PriorMention), DateInterval.Day(new(2023, 1, 27)), "2025-01-01..2025-12-31" },
    };

    [Theory]
    [MemberData(nameof(Applications))]
    public void Applies_to_a_reference_interval(RelativeOffset offset, DateInterval reference, string expected)
    {
        offset.ApplyTo(reference).ToString().Should().Be(expected);
    }

    [Theory]
    [InlineData(DateUnit.Day, -10)]
    [InlineData(DateUnit.Month, -1)]
    [InlineData(DateUnit.Year, -5)]
    public void Leaving_the_calendar_yields_null(DateUnit unit, int shift)
    {
        new RelativeOffset(unit, shift, shift, RelativeReference.Publication)
            .ApplyTo(DateInterval.Day(DateOnly.MinValue)).Should().BeNull();
        new RelativeOffset(unit, -shift, -shift, RelativeReference.Publication)
            .ApplyTo(DateInterval.Day(DateOnly.MaxValue)).Should().BeNull();
    }

    [Fact]
    public void An_inverted_range_yields_null()
    {
        new RelativeOffset(DateUnit.Day, 2, 1, RelativeReference.Publication)
            .ApplyTo(DateInterval.Day(new DateOnly(2026, 3, 8))).Should().BeNull();
    }
}
