using ClaimTracker.Documents;

namespace ClaimTracker.Recognition.Numbers;

/// <summary>
/// One number found in text, with any cue, range partner, unit or currency that belongs to it
/// ("more than 90 million", "15–20 million", "$644 million", "40–65%").
/// </summary>
/// <param name="Span">Where the whole mention sits in the text passed to the recognizer.</param>
/// <param name="Text">The covered characters, exactly as written.</param>
/// <param name="Value">The interval the mention allows.</param>
/// <param name="Kind">What the number measures.</param>
/// <param name="CurrencyCode">ISO 4217 code for <see cref="QuantityKind.Money"/> mentions ("USD" for "$"), else null.</param>
public sealed record NumberMention(TextSpan Span, string Text, NumberValue Value, QuantityKind Kind, string? CurrencyCode = null);
