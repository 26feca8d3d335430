namespace ClaimTracker.Recognition.Dates;

/// <summary>What a <see cref="DateToken"/> is made of.</summary>
internal enum DateTokenKind
{
    /// <summary>A run of letters.</summary>
    Word,

    /// <summary>A run of ASCII digits, possibly with letters attached (27th, 1990s, 12km).</summary>
    Number,

    /// <summary>A number with a decimal or thousands separator (2.6, 1,500): never part of a date.</summary>
    Decimal,

    /// <summary>Any other single character.</summary>
    Symbol,
}

/// <summary>A token of the date scanner, with just enough layout to tell "Araz-2024" from "in 2024".</summary>
/// <param name="Kind">What the token is made of.</param>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset one past the last character.</param>
/// <param name="Lower">Lower-cased letters of a word (empty for a word the vocabulary does not know, when tokenized against
/// it), or the letter suffix of a number ("th", "s"); empty otherwise.</param>
/// <param name="Value">Numeric value of a number of at most six digits, else -1.</param>
/// <param name="Digits">Number of digits of a number.</param>
/// <param name="Capitalized">Whether a word starts with an upper-case letter.</param>
/// <param name="SpaceBefore">Whether whitespace (or the start of the text) precedes the token.</param>
/// <param name="Paragraph">How many line breaks precede the token in the scanned text.</param>
/// <param name="Symbol">The character of a symbol token, else '\0'.</param>
/// <param name="MayStartExpression">False for a word known not to be in <see cref="DateVocabulary.ExpressionStarts"/>
/// and for a symbol or decimal, which no rule starts at, so the scanner passes it without a lookup.</param>
/// <param name="MayNameUnit">False only for a token known not to be in <see cref="DateVocabulary.Units"/>.</param>
internal readonly record struct DateToken(
    DateTokenKind Kind,
    int Start,
    int End,
    string Lower,
    int Value,
    int Digits,
    bool Capitalized,
    bool SpaceBefore,
    int Paragraph,
    char Symbol,
    bool MayStartExpression,
    bool MayNameUnit)
{
    public bool IsWord => Kind == DateTokenKind.Word;

    public bool IsPlainNumber => Kind == DateTokenKind.Number && Lower.Length == 0 && Value >= 0;

    public bool IsSymbol(char c) => Kind == DateTokenKind.Symbol && Symbol == c;

    public bool IsDash => Kind == DateTokenKind.Symbol && Symbol is '-' or '\u2013' or '\u2014' or '\u2012';

    public bool IsApostrophe => Kind == DateTokenKind.Symbol && Symbol is '\'' or '\u2019';
}
