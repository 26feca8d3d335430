namespace ClaimTracker.Recognition.Numbers;

/// <summary>
/// One <see cref="NumberValue"/> for each exact whole number up to the years news writes, made on first use and shared
/// by every mention of it: most mentions are such a number ("three", "40", "2023"), and a value per mention was one of
/// the largest shares of the bytes mention recognition allocated. A value is immutable, so sharing it changes nothing a
/// reader can see. Thread-safe: two threads racing for a slot each make an equal value and either one is kept.
/// </summary>
internal static class SharedExactValues
{
    /// <summary>One past the largest value shared: every bare year a date may hold, and any smaller count.</summary>
    private const int Limit = 2101;

    private static readonly NumberValue?[] Values = new NumberValue?[Limit];

    /// <summary>The exact value <paramref name="value"/>: a shared one when it is a whole number written without decimals
    /// below the limit ("5.0" equals 5 but prints otherwise, so it gets its own), else a new one.</summary>
    public static NumberValue Of(decimal value)
    {
        if (!IntervalMath.IsNormal(value) || value >= Limit)
        {
            return NumberValue.Exactly(value);
        }

        ref var slot = ref Values[(int)value];
        return slot ??= NumberValue.Exactly(value);
    }
}
