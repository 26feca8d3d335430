namespace ClaimTracker.Recognition.Dates;

/// <summary>
/// What the scanner read, before any resolution: the calendar fields the text states and where it states them.
/// Fields that do not apply to the <see cref="Kind"/> are zero.
/// </summary>
/// <remarks>A struct: every found date made two of these (the core, then the core with its cue), and they were one of the
/// largest shares of the bytes mention recognition allocated, though none outlives the resolver.</remarks>
internal readonly record struct DateExpression(DateExpressionKind Kind, int Start, int End, int Paragraph)
{
    public int Year { get; init; }

    public int YearEnd { get; init; }

    public int Month { get; init; }

    public int Day { get; init; }

    public int DayEnd { get; init; }

    public DayOfWeek Weekday { get; init; }

    public PeriodPart Part { get; init; }

    public CueMode Mode { get; init; }

    public RelativeOffset Offset { get; init; }

    /// <summary>For relative expressions: whether the offset is vague or widened.</summary>
    public bool Approximate { get; init; }
}
