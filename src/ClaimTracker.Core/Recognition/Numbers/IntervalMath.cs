namespace ClaimTracker.Recognition.Numbers;

/// <summary>Overflow-safe arithmetic and outward rounding for number intervals.</summary>
internal static class IntervalMath
{
    private const decimal Limit = 1e27m;

    /// <summary>Multiplies unless the product would leave the range every reader works in.</summary>
    public static bool TryMultiply(decimal a, decimal b, out decimal product)
    {
        product = 0m;
        var (x, y) = (Math.Abs(a), Math.Abs(b));
        if (x > Limit || y > Limit || (x > 1m && y > Limit / x))
        {
            return false;
        }

        product = a * b;
        return true;
    }

    /// <summary>How many decimals the value was written with, ignoring trailing zeros (4.10 → 1, 4 100 000 → 0).</summary>
    public static int Precision(decimal value) => Math.Min((int)Normalize(value).Scale, 10);

    /// <summary>The same value without trailing zeros, so 4.1 million reads 4100000 and not 4100000.0.</summary>
    /// <remarks>A whole number written without decimals, nearly every count, has none to drop: it skips the division.</remarks>
    public static decimal Normalize(decimal value) => IsNormal(value) ? value : Divide(value);

    /// <summary>Whether <see cref="Normalize"/> gives the value back as it is, without dividing.</summary>
    public static bool IsNormal(decimal value) => value.Scale == 0 && !decimal.IsNegative(value);

    /// <summary>The value divided by one with the most decimals a decimal has, which drops its trailing zeros.</summary>
    internal static decimal Divide(decimal value) => value / 1.0000000000000000000000000000m;

    /// <summary>
    /// The interval "approximately <paramref name="value"/>" stands for: value × lower .. value × upper, rounded outward
    /// at the precision the value was written with, so "about 15" is 13..17 and "about 3.5" is 3.1..3.9.
    /// </summary>
    public static (decimal Min, decimal Max) Widen(decimal value, int precision, decimal lower, decimal upper)
    {
        var min = Math.Round(value * lower, precision, MidpointRounding.ToNegativeInfinity);
        var max = Math.Round(value * upper, precision, MidpointRounding.ToPositiveInfinity);
        return (min, max);
    }
}
