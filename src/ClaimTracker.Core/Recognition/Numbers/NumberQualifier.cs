namespace ClaimTracker.Recognition.Numbers;

/// <summary>How the text qualifies a number, which decides how <see cref="NumberValue"/> bounds are read.</summary>
public enum NumberQualifier
{
    /// <summary>Stated as an exact value: <c>Min == Max</c>.</summary>
    Exact,

    /// <summary>Hedged ("about", "nearly", "or so"): the bounds are the cue's documented tolerance.</summary>
    Approximate,

    /// <summary>"at least N", "N or more": the value is <c>Min</c> or above; <c>Max</c> is null.</summary>
    AtLeast,

    /// <summary>"more than N", "over N": the value is strictly above <c>Min</c>; <c>Max</c> is null.</summary>
    MoreThan,

    /// <summary>"up to N", "at most N": the value is between 0 and <c>Max</c>, inclusive.</summary>
    AtMost,

    /// <summary>"fewer than N", "under N": the value is at least 0 and strictly below <c>Max</c>.</summary>
    LessThan,

    /// <summary>An explicit range ("15–20 million", "between 40 and 65"): both ends inclusive.</summary>
    Range,

    /// <summary>A vague quantity word ("several", "dozens"); the bounds come from the word list.</summary>
    Vague,
}
