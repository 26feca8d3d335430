namespace ClaimTracker.Recognition.Numbers;

/// <summary>A cardinal with its unit: tokens <c>[Start, End)</c> cover any currency sign or percent word.</summary>
/// <param name="Start">First token.</param>
/// <param name="End">One past the last token.</param>
/// <param name="Number">The cardinal inside.</param>
/// <param name="Kind">Count, percentage or money.</param>
/// <param name="Currency">ISO code for money, else null.</param>
internal readonly record struct Quantity(int Start, int End, Cardinal Number, QuantityKind Kind, string? Currency)
{
    public decimal Value => Number.Value;

    public bool HasUnit => Kind != QuantityKind.Count;
}
