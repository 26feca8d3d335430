namespace ClaimTracker.Recognition.Numbers;

/// <summary>A recognized mention over tokens <c>[Start, End)</c>, before it is turned into character offsets.</summary>
/// <param name="Start">First token.</param>
/// <param name="End">One past the last token.</param>
/// <param name="Value">The interval.</param>
/// <param name="Kind">What it measures.</param>
/// <param name="Currency">ISO code for money, else null.</param>
internal readonly record struct Finding(int Start, int End, NumberValue Value, QuantityKind Kind, string? Currency);
