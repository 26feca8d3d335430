namespace ClaimTracker.Recognition.Numbers;

/// <summary>One token of the text, with absolute UTF-16 offsets.</summary>
/// <param name="Kind">What the token holds.</param>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset one past the last character.</param>
/// <param name="SpaceBefore">Whether whitespace separates the token from the previous one.</param>
/// <param name="BreakBefore">Whether a line break (or control character) separates it from the previous one.</param>
/// <param name="Value">The parsed value of a <see cref="NumeralTokenKind.Numeral"/>; 0 otherwise.</param>
internal readonly record struct NumeralToken(NumeralTokenKind Kind, int Start, int End, bool SpaceBefore, bool BreakBefore, decimal Value = 0m);
