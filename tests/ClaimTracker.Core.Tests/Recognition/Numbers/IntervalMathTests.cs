using ClaimTracker.Recognition.Numbers;

namespace ClaimTracker.Tests.Recognition.Numbers;

/// <summary>
/// Normalizing skips the division for whole numbers without decimals, and a mention keeps such a value as found. That
/// is a shortcut only: the result must have the same bits (value and scale) as the division gives, for every kind of
/// value the readers make.
/// </summary>
public class IntervalMathTests
{
    public static TheoryData<decimal> Values()
    {
        var data = new TheoryData<decimal>
        {
            0m, 1m, 10m, 100m, 4100000m, 999999999999999m, 1e27m, decimal.MaxValue, decimal.MinValue, -40m,
            0.0m, 4.10m, 4.1m, 4100000.0m, 1.0000000000000000000000000000m, -2.50m, 0.001m,
        };
        var random = new Random(11);
        for (var i = 0; i < 200; i++)
        {
            data.Add(new decimal(random.Next(), random.Next(), random.Next(0, 1 << 10), random.Next(4) == 0, (byte)random.Next(0, 4)));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Values))]
    public void Normalize_gives_the_bits_the_division_gives(decimal value)
    {
        decimal.GetBits(IntervalMath.Normalize(value)).Should().Equal(decimal.GetBits(IntervalMath.Divide(value)));
    }

    [Theory]
    [MemberData(nameof(Values))]
    public void A_value_called_normal_is_what_the_division_gives(decimal value)
    {
        // A mention keeps its finding's value object when both bounds are normal.
        if (IntervalMath.IsNormal(value))
        {
            decimal.GetBits(IntervalMath.Divide(value)).Should().Equal(decimal.GetBits(value));
        }
    }

    [Fact]
    public void Trailing_zeros_are_dropped()
    {
        IntervalMath.Normalize(4100000.0m).Scale.Should().Be(0);
        IntervalMath.Normalize(4.10m).Scale.Should().Be(1);
    }
}
