namespace ClaimTracker.Recognition.Dates;

/// <summary>Where the resolved interval of a date mention came from.</summary>
public enum DateResolution
{
    /// <summary>The text itself gives the full date, month and year, or year.</summary>
    Explicit,

    /// <summary>A partial date (no year, or a weekday) completed as the most recent match on or before publication.</summary>
    CompletedFromPublication,

    /// <summary>Resolved from another mention nearby (its year, or an offset from it); see <see cref="DateMention.Anchor"/>.</summary>
    AnchoredToMention,

    /// <summary>A deictic expression ("yesterday", "last year", "two days ago") counted from the publication date.</summary>
    RelativeToPublication,

    /// <summary>Recognized as a date but nothing to resolve it against; <see cref="DateMention.Value"/> is null.</summary>
    Unresolved,
}
