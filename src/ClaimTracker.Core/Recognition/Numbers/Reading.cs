namespace ClaimTracker.Recognition.Numbers;

/// <summary>A quantity or a range of two quantities over tokens <c>[Start, End)</c>, before any cue is applied.</summary>
/// <param name="Start">First token.</param>
/// <param name="End">One past the last token.</param>
/// <param name="Min">The value, or the low end of a range.</param>
/// <param name="Max">The value, or the high end of a range.</param>
/// <param name="IsRange">Whether two numbers were joined.</param>
/// <param name="Kind">What the numbers measure.</param>
/// <param name="Currency">ISO code for money, else null.</param>
/// <param name="Precision">Decimals the numbers were written with, for rounding approximations outward.</param>
internal readonly record struct Reading(int Start, int End, decimal Min, decimal Max, bool IsRange, QuantityKind Kind, string? Currency, int Precision);
