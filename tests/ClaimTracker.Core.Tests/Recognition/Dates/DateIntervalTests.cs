using ClaimTracker.Recognition.Dates;

namespace ClaimTracker.Tests.Recognition.Dates;

public class DateIntervalTests
{
    public static TheoryData<DateInterval, DateInterval, bool> Agreements() => new()
    {
        { DateInterval.Month(2023, 1), DateInterval.Day(new DateOnly(2023, 1, 27)), true },
        { DateInterval.Month(2024, 7), DateInterval.Day(new DateOnly(2024, 7, 15)), true },
        { DateInterval.Day(new DateOnly(2026, 3, 5)), DateInterval.Day(new DateOnly(2026, 3, 6)), false },
        { DateInterval.Year(2025), DateInterval.Month(2025, 12), true },
        { DateInterval.Year(2024), DateInterval.Day(new DateOnly(2025, 1, 1)), false },
        { DateInterval.Month(2024, 2), DateInterval.Day(new DateOnly(2024, 2, 29)), true },
    };

    [Theory]
    [MemberData(nameof(Agreements))]
    public void Overlap_is_symmetric_and_treats_coarse_dates_as_compatible(DateInterval a, DateInterval b, bool agree)
    {
        a.Overlaps(b).Should().Be(agree);
        b.Overlaps(a).Should().Be(agree);
    }

    [Fact]
    public void Contains_days_and_intervals_inclusively()
    {
        var january = DateInterval.Month(2023, 1);
        january.Contains(new DateOnly(2023, 1, 31)).Should().BeTrue();
        january.Contains(new DateOnly(2023, 2, 1)).Should().BeFalse();
        january.Contains(DateInterval.Day(new DateOnly(2023, 1, 27))).Should().BeTrue();
        DateInterval.Day(new DateOnly(2023, 1, 27)).Contains(january).Should().BeFalse();
        january.Days.Should().Be(31);
        DateInterval.Year(2024).Days.Should().Be(366);
    }

    [Theory]
    [InlineData("2023-01-27", "2023-01-27", "2023-01-27")]
    [InlineData("2023-01-01", "2023-01-31", "2023-01-01..2023-01-31")]
    public void Prints_as_iso(string start, string end, string expected)
    {
        new DateInterval(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
                DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture))
            .ToString().Should().Be(expected);
    }
}
