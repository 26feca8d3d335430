using ClaimTracker.Recognition.Numbers;

namespace ClaimTracker.Claims.Quantities;

/// <summary>A count read from a sentence's tokens.</summary>
/// <param name="First">Index of its first token.</param>
/// <param name="Last">Index of its last token.</param>
/// <param name="Value">How many it says (1 for singles and ordinals).</param>
/// <param name="Form">How it is written.</param>
/// <param name="Ordinal">For an ordinal, the value of its ordinal number; kept as the mention's value rather than a
/// nullable decimal, which would make every count half as large again (a sentence's counts are kept in an array).</param>
internal readonly record struct CountPhrase(int First, int Last, NumberValue Value, CountForm Form, NumberValue? Ordinal = null)
{
    /// <summary>Whether the count is written as a number rather than a determiner.</summary>
    public bool IsNumber => Form == CountForm.Number;

    /// <summary>For an ordinal, its position in the series ("a fifth person" → 5).</summary>
    public decimal? Rank => Ordinal?.Min;
}
