namespace ClaimTracker.Recognition.Numbers;

/// <summary>A cardinal number read from tokens <c>[Start, End)</c>.</summary>
/// <param name="Start">First token.</param>
/// <param name="End">One past the last token.</param>
/// <param name="Value">The number.</param>
/// <param name="HasMagnitude">Whether a magnitude word or abbreviation is part of it ("15 million", "10k").</param>
/// <param name="Head">For a single group with one magnitude ("20 million"): the number before it (20); else the value.</param>
/// <param name="Multiplier">For a single group with one magnitude: the magnitude (1 000 000); else 1.</param>
internal readonly record struct Cardinal(int Start, int End, decimal Value, bool HasMagnitude, decimal Head, decimal Multiplier);
