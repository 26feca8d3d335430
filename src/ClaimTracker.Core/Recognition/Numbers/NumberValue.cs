namespace ClaimTracker.Recognition.Numbers;

/// <summary>
/// The interval a number mention allows. Exact numbers have <c>Min == Max</c>; open-ended ones
/// ("more than 90 million") have a null <see cref="Max"/>. Whether a bound itself is included follows from
/// <see cref="Qualifier"/> (only <see cref="NumberQualifier.MoreThan"/> and <see cref="NumberQualifier.LessThan"/>
/// exclude it).
/// </summary>
/// <param name="Min">The lowest value the text allows (0 when only an upper bound is stated).</param>
/// <param name="Max">The highest value the text allows, or null when the text sets no upper bound.</param>
/// <param name="Qualifier">How the text qualifies the number.</param>
public sealed record NumberValue(decimal Min, decimal? Max, NumberQualifier Qualifier)
{
    /// <summary>Whether the text states one exact value.</summary>
    public bool IsExact => Qualifier == NumberQualifier.Exact;

    /// <summary>An exact value.</summary>
    /// <param name="value">The stated number.</param>
    public static NumberValue Exactly(decimal value) => new(value, value, NumberQualifier.Exact);
}
