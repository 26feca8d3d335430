namespace ClaimTracker.Recognition.Numbers;

/// <summary>A magnitude abbreviation written after digits ("10k", "$20m", "4 bn").</summary>
/// <param name="Text">The abbreviation as written.</param>
/// <param name="Value">What it multiplies by.</param>
/// <param name="CaseSensitive">Whether case must match ("M" is a million, "m" is metres).</param>
/// <param name="AttachedOnly">Whether it must be glued to the digits.</param>
/// <param name="MoneyOnly">Whether it only counts after a currency sign.</param>
internal sealed record MagnitudeAbbreviation(string Text, decimal Value, bool CaseSensitive, bool AttachedOnly, bool MoneyOnly);
