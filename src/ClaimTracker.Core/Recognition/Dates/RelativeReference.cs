namespace ClaimTracker.Recognition.Dates;

/// <summary>What a relative expression is counted from.</summary>
public enum RelativeReference
{
    /// <summary>Deictic: the moment of writing ("yesterday", "a year ago", "last week").</summary>
    Publication,

    /// <summary>Anaphoric: an event dated earlier in the passage ("the next day", "two days later").</summary>
    PriorMention,
}
