using ClaimTracker.Documents;

namespace ClaimTracker.Recognition.Dates;

/// <summary>
/// One date expression found in a text. The span covers the expression; for expressions that only read as a date
/// because of a cue word ("in January", "On March 4", "in 2025", "on Thursday", "That May") the cue is included,
/// while self-standing dates ("January 27, 2023", "July 2024") start at the date itself.
/// </summary>
/// <param name="Span">Where the expression is, in absolute offsets of the text passed to the recognizer.</param>
/// <param name="Text">The covered characters.</param>
/// <param name="Value">The days it denotes, or null when it could not be resolved (never guessed).</param>
/// <param name="Granularity">How precise the expression is, also when unresolved.</param>
/// <param name="Resolution">How <paramref name="Value"/> was obtained.</param>
/// <param name="Anchor">The span of the mention that supplied the year or the reference date, when anchored.</param>
/// <param name="Offset">For relative expressions, the shift from their reference, so they can be re-anchored.</param>
public sealed record DateMention(
    TextSpan Span,
    string Text,
    DateInterval? Value,
    DateGranularity Granularity,
    DateResolution Resolution,
    TextSpan? Anchor,
    RelativeOffset? Offset)
{
    /// <summary>Whether the mention has a resolved <see cref="Value"/>.</summary>
    public bool IsResolved => Value is not null;
}
