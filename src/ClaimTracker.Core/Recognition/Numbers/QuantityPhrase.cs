using System.Collections.Frozen;

namespace ClaimTracker.Recognition.Numbers;

/// <summary>A vague or idiomatic quantity ("several", "tens of thousands") and the interval it stands for.</summary>
/// <param name="Min">Lowest value meant.</param>
/// <param name="Max">Highest value meant, or null for no upper bound.</param>
/// <param name="Qualifier">Usually <see cref="NumberQualifier.Vague"/>; <see cref="NumberQualifier.Exact"/> for idioms like "half a dozen".</param>
/// <param name="Scalable">Whether a magnitude word may follow and multiply it ("several hundred").</param>
/// <param name="RequiresNext">A word that must follow for the phrase to count ("scores of"), or null.</param>
/// <param name="NotAfter">Words after which the phrase is no quantity ("how many").</param>
internal sealed record QuantityPhrase(decimal Min, decimal? Max, NumberQualifier Qualifier, bool Scalable, string? RequiresNext, FrozenSet<string> NotAfter);
