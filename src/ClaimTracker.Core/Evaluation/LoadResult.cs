namespace ClaimTracker.Evaluation;

/// <summary>What reading an evaluation data set produced: the data when it is usable, and every problem found.</summary>
/// <typeparam name="T">The data set type.</typeparam>
/// <param name="Value">The data set, or null when it cannot be used.</param>
/// <param name="Problems">What was wrong (when <paramref name="Value"/> is null) or skipped (when it is not).</param>
public sealed record LoadResult<T>(T? Value, IReadOnlyList<string> Problems)
    where T : class
{
    /// <summary>Whether the data set can be evaluated.</summary>
    public bool IsUsable => Value is not null;
}
