namespace ClaimTracker.Recognition.Dates;

/// <summary>
/// How far back the recognizer looks for context. A paragraph is text between line breaks; a date several
/// paragraphs back is usually about something else, so both a paragraph and a character limit apply.
/// </summary>
public sealed record DateRecognizerOptions
{
    /// <summary>The defaults: anchors up to 3 paragraphs and 1500 characters back, years up to 1 paragraph and 1000 characters back.</summary>
    public static DateRecognizerOptions Default { get; } = new();

    /// <summary>How many paragraph breaks may separate an anaphoric expression ("a day earlier") from its anchor.</summary>
    public int AnchorMaxParagraphsBack { get; init; } = 3;

    /// <summary>How many characters may separate an anaphoric expression from the end of its anchor.</summary>
    public int AnchorMaxCharacters { get; init; } = 1500;

    /// <summary>How many paragraph breaks may separate a partial date ("in January") from the year that completes it.</summary>
    public int YearContextMaxParagraphsBack { get; init; } = 1;

    /// <summary>How many characters may separate a partial date from the end of the mention that supplies its year.</summary>
    public int YearContextMaxCharacters { get; init; } = 1000;
}
