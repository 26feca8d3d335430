namespace ClaimTracker.Recognition.Numbers;

/// <summary>What a <see cref="NumeralToken"/> holds.</summary>
internal enum NumeralTokenKind
{
    /// <summary>A run of letters, with inner apostrophes ("Iran’s").</summary>
    Word,

    /// <summary>Digits with optional thousands grouping and decimals ("1,200", "4.1", ".08").</summary>
    Numeral,

    /// <summary>One other visible character ("$", "%", "-").</summary>
    Symbol,

    /// <summary>Something that contains digits but is no quantity: URLs, dates/times/ids joined by '/', ':' or several dots, over-long digit runs.</summary>
    Opaque,
}
