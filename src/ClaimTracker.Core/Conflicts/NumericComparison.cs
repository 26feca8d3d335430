using ClaimTracker.Recognition.Numbers;

namespace ClaimTracker.Conflicts;

/// <summary>
/// Decides whether two reported numbers for the same thing disagree, and how: exact values that differ are a hard
/// mismatch; an exact value outside a vague or approximate one is a soft vague mismatch (inside it, they agree); two
/// estimates that overlap but differ diverge (soft), unless one is a mere bound or vague word containing the other;
/// estimates that do not overlap at all cannot both be right (hard).
/// </summary>
internal static class NumericComparison
{
    public static ConflictKind? Compare(NumberValue a, NumberValue b)
    {
        if (a.IsExact && b.IsExact)
        {
            return a.Min == b.Min ? null : ConflictKind.NumericMismatch;
        }

        var (aLow, aHigh) = Bounds(a);
        var (bLow, bHigh) = Bounds(b);
        if (a.IsExact || b.IsExact)
        {
            var (exact, low, high) = a.IsExact ? (a.Min, bLow, bHigh) : (b.Min, aLow, aHigh);
            return exact >= low && exact <= high ? null : ConflictKind.VagueMismatch;
        }

        if (aLow == bLow && aHigh == bHigh)
        {
            return null;
        }

        if (aLow > bHigh || bLow > aHigh)
        {
            return ConflictKind.NumericMismatch;
        }

        var aContainsB = aLow <= bLow && aHigh >= bHigh;
        var bContainsA = bLow <= aLow && bHigh >= aHigh;
        if ((aContainsB && IsLoose(a)) || (bContainsA && IsLoose(b)))
        {
            return null;
        }

        return ConflictKind.DivergentEstimates;
    }

    /// <summary>Inclusive bounds; strict bounds of whole counts move one step inward ("more than 40" is 41 or more).</summary>
    public static (decimal Low, decimal High) Bounds(NumberValue value)
    {
        var low = value.Qualifier == NumberQualifier.MoreThan && value.Min == decimal.Floor(value.Min) ? value.Min + 1 : value.Min;
        var high = value.Max ?? decimal.MaxValue;
        if (value.Qualifier == NumberQualifier.LessThan && value.Max is { } max && max == decimal.Floor(max))
        {
            high = max - 1;
        }

        return (low, high);
    }

    /// <summary>A bound or a vague word says little, so a value inside it agrees; a stated estimate or range does not.</summary>
    private static bool IsLoose(NumberValue value) => value.Qualifier is not (NumberQualifier.Range or NumberQualifier.Approximate);
}
