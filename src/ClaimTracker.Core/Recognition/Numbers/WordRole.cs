namespace ClaimTracker.Recognition.Numbers;

/// <summary>
/// The vocabulary tables a token's text is in (as a word, or as the first token of a phrase). A token's roles are found
/// with one lookup when a text is scanned; a reader then asks a table only when the token has its role, so the many
/// lookups that would fail cost a bit test.
/// </summary>
[Flags]
internal enum WordRole
{
    /// <summary>In no table.</summary>
    None = 0,

    /// <summary>In <see cref="NumberLexicon.MentionStarts"/>.</summary>
    MentionStart = 1 << 0,

    /// <summary>In <see cref="NumberLexicon.Cardinals"/>.</summary>
    Cardinal = 1 << 1,

    /// <summary>In <see cref="NumberLexicon.Ordinals"/>.</summary>
    Ordinal = 1 << 2,

    /// <summary>In <see cref="NumberLexicon.OrdinalSuffixes"/>.</summary>
    OrdinalSuffix = 1 << 3,

    /// <summary>In <see cref="NumberLexicon.Scales"/>.</summary>
    Scale = 1 << 4,

    /// <summary>In <see cref="NumberLexicon.Hundreds"/>.</summary>
    Hundred = 1 << 5,

    /// <summary>In <see cref="NumberLexicon.Dozens"/>.</summary>
    Dozen = 1 << 6,

    /// <summary>In <see cref="NumberLexicon.Articles"/>.</summary>
    Article = 1 << 7,

    /// <summary>In <see cref="NumberLexicon.DecimalPoints"/>.</summary>
    DecimalPoint = 1 << 8,

    /// <summary>In <see cref="NumberLexicon.GroupJoiners"/>.</summary>
    GroupJoiner = 1 << 9,

    /// <summary>In <see cref="NumberLexicon.Abbreviations"/>.</summary>
    Abbreviation = 1 << 10,

    /// <summary>In <see cref="NumberLexicon.OneNotAfter"/>.</summary>
    OneNotAfter = 1 << 11,

    /// <summary>In <see cref="NumberLexicon.OneNotBefore"/>.</summary>
    OneNotBefore = 1 << 12,

    /// <summary>In <see cref="NumberLexicon.OneClauseEndDeterminers"/>.</summary>
    OneClauseEndDeterminer = 1 << 13,

    /// <summary>Begins a phrase of <see cref="NumberLexicon.PercentWords"/>.</summary>
    PercentWord = 1 << 14,

    /// <summary>Begins a phrase of <see cref="NumberLexicon.PercentOfPrefixes"/>.</summary>
    PercentOfPrefix = 1 << 15,

    /// <summary>Begins a phrase of <see cref="NumberLexicon.CurrencyPrefixes"/>.</summary>
    CurrencyPrefix = 1 << 16,

    /// <summary>Begins a phrase of <see cref="NumberLexicon.CurrencySuffixes"/>.</summary>
    CurrencySuffix = 1 << 17,

    /// <summary>Begins a phrase of <see cref="NumberLexicon.PrefixCues"/>.</summary>
    PrefixCue = 1 << 18,

    /// <summary>Begins a phrase of <see cref="NumberLexicon.SuffixCues"/>.</summary>
    SuffixCue = 1 << 19,

    /// <summary>Begins a phrase of <see cref="NumberLexicon.RangeJoiners"/>.</summary>
    RangeJoiner = 1 << 20,

    /// <summary>Begins a phrase of <see cref="NumberLexicon.RangeOpeners"/>.</summary>
    RangeOpener = 1 << 21,

    /// <summary>Begins a joiner phrase of any of the <see cref="NumberLexicon.RangeOpeners"/>.</summary>
    OpenedRangeJoiner = 1 << 22,

    /// <summary>Begins a phrase of <see cref="NumberLexicon.QuantityPhrases"/>.</summary>
    QuantityPhrase = 1 << 23,
}
