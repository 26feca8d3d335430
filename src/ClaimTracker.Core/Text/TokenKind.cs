namespace ClaimTracker.Text;

/// <summary>What a token is made of.</summary>
internal enum TokenKind
{
    /// <summary>Letters, possibly with digits, apostrophes, hyphens or abbreviation periods ("U.S.", "Iran's", "Araz-2024").</summary>
    Word,

    /// <summary>Digits, possibly with thousands separators or a decimal point ("1,200", "4.1").</summary>
    Number,

    /// <summary>One punctuation character.</summary>
    Punctuation,

    /// <summary>One symbol character, such as a currency sign or percent sign.</summary>
    Symbol,
}
