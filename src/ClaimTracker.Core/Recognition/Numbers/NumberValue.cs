namespace ClaimTracker.Recognition.Numbers;

/// <summary>
/// The interval a number mention allows. Exact numbers have <c>Min == Max</c>; open-ended ones
/// ("more than 90 million") have a null <see cref="Max"/>. Whether a bound itself is included follows from
/// <see cref="Qualifier"/> (only <see cref="NumberQualifier.MoreThan"/> and <see cref="NumberQualifier.LessThan"/>
/// exclude it).
/// </summary>
/// <remarks>
/// Built-in cues (number-cues.json) map to: "about/around/roughly/approximately/some/an estimated N" → N×0.9..N×1.1;
/// "nearly/almost/close to N" → N×0.9..N; "just over N" → N..N×1.1; "N or so" → N×0.9..N×1.1; "N-odd" → N..N×1.25
/// (approximate bounds are rounded outward at the precision N was written with: "about 15" → 13..17);
/// "more than/over/above N" → MoreThan N..null; "at least/no fewer than N", "N or more" → AtLeast N..null;
/// "up to/at most/no more than/as many as N", "N or less" → AtMost 0..N; "fewer than/less than/under/below N" → LessThan 0..N.
/// Vague words take their interval from quantity-phrases.json ("several" → 3..7, "dozens" → 24..99, "many" → 5..null).
/// An approximation cue before a range is not applied: the range already states its spread.
/// </remarks>
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
