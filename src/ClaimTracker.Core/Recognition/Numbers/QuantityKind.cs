namespace ClaimTracker.Recognition.Numbers;

/// <summary>What a recognized number measures.</summary>
public enum QuantityKind
{
    /// <summary>A plain quantity: people, weapons, tonnes, years… ("two drones", "15 million").</summary>
    Count,

    /// <summary>A percentage; the value is in percent units ("3%" has the value 3).</summary>
    Percentage,

    /// <summary>An amount of money; <see cref="NumberMention.CurrencyCode"/> says which currency.</summary>
    Money,

    /// <summary>A position in a sequence ("the second drone", "4th"); never a count of anything.</summary>
    Ordinal,
}
