namespace ClaimTracker.Recognition.Numbers;

/// <summary>
/// Decides from the surrounding tokens whether a cardinal is a quantity at all. Rejects names and codes
/// ("F-16", "COVID-19", "AZIREX-2024", "A320", "12-Day War"), units and codes glued to digits ("29km", "4G",
/// "1990s"), phone numbers and id chains ("+1-222-2222", "555-123-4567"), fractions ("two-thirds") and the
/// pronoun "one" ("one of them", "no one", "the one", "one another", "the democratic one.").
/// </summary>
internal sealed class NumeralContext(NumberLexicon lexicon)
{
    public bool IsQuantity(TokenStream s, Cardinal cardinal, bool afterCurrency)
    {
        var first = cardinal.Start;
        var last = cardinal.End - 1;
        if (!afterCurrency && s.Glued(first) && IsNameOrCodeBefore(s, first))
        {
            return false;
        }

        if (s.Glued(cardinal.End) && s.IsWord(cardinal.End))
        {
            return false;
        }

        if ((s.IsNumeral(first) && InHyphenChain(s, first)) || (s.IsNumeral(last) && InHyphenChain(s, last)))
        {
            return false;
        }

        if (IsCompoundModifierToDrop(s, cardinal))
        {
            return false;
        }

        return !IsPronounOne(s, cardinal);
    }

    /// <summary>A numeral glued to a hyphen and a second numeral ("1995-01", "3-2") that did not make a valid range.</summary>
    public static bool IsHyphenPair(TokenStream s, int index) =>
        (s.IsHyphen(index + 1) && s.Glued(index + 1) && s.Glued(index + 2) && IsDigitLike(s, index + 2))
        || (s.IsHyphen(index - 1) && s.Glued(index) && s.Glued(index - 1) && IsDigitLike(s, index - 2));

    private bool IsNameOrCodeBefore(TokenStream s, int first)
    {
        var previous = first - 1;
        if (s.IsWord(previous))
        {
            return true;
        }

        if (s.IsSymbol(previous, '+') || s.IsSymbol(previous, '#') || s.IsSymbol(previous, '_') || s.IsSymbol(previous, '@'))
        {
            return s.IsNumeral(first);
        }

        // "F-16", "Araz-2024"; but not "5k-20k" (an abbreviation glued to digits) nor "region—one" (a dash is punctuation).
        return s.IsSymbol(previous, '-') && s.Glued(previous) && s.IsWord(previous - 1) && !lexicon.IsNumberWord(s.Chars(previous - 1))
            && !(s.Glued(previous - 1) && s.IsNumeral(previous - 2));
    }

    private static bool IsDigitLike(TokenStream s, int index) => s.IsNumeral(index) || s.IsKind(index, NumeralTokenKind.Opaque);

    /// <summary>Three or more digit groups joined by glued hyphens are a phone number or an id, never quantities.</summary>
    private static bool InHyphenChain(TokenStream s, int index)
    {
        var members = 1;
        for (var j = index; members < 3 && s.IsHyphen(j - 1) && s.Glued(j) && s.Glued(j - 1) && IsDigitLike(s, j - 2); j -= 2)
        {
            members++;
        }

        for (var j = index; members < 3 && s.IsHyphen(j + 1) && s.Glued(j + 1) && s.Glued(j + 2) && IsDigitLike(s, j + 2); j += 2)
        {
            members++;
        }

        return members >= 3;
    }

    /// <summary>
    /// "12-day truce" and "5,000-strong force" keep their number (a count of days, of troops); a capitalised word
    /// makes it a name ("12-Day War"), a fraction word makes it a fraction ("two-thirds"), and "one-" is an idiom ("one-sided").
    /// </summary>
    private bool IsCompoundModifierToDrop(TokenStream s, Cardinal cardinal)
    {
        var hyphen = cardinal.End;
        var word = hyphen + 1;
        if (!s.IsHyphen(hyphen) || !s.Glued(hyphen) || !s.Glued(word) || !s.IsWord(word) || lexicon.IsNumberWord(s.Chars(word)))
        {
            return false;
        }

        return char.IsUpper(s.Chars(word)[0]) || lexicon.IsFractionWord(s.Chars(word)) || IsWordOne(s, cardinal);
    }

    private bool IsPronounOne(TokenStream s, Cardinal cardinal)
    {
        if (!IsWordOne(s, cardinal))
        {
            return false;
        }

        var previous = cardinal.Start - 1;
        var next = cardinal.End;
        if (s.Continues(cardinal.Start) && s.IsWordIn(previous, lexicon.OneNotAfter, WordRole.OneNotAfter))
        {
            return true;
        }

        if (s.Continues(next) && s.IsWordIn(next, lexicon.OneNotBefore, WordRole.OneNotBefore))
        {
            return true;
        }

        var closesClause = !s.Continues(next) || (s.IsKind(next, NumeralTokenKind.Symbol) && s.Chars(next)[0] is '.' or ',' or ';' or ':' or '!' or '?' or ')');
        return closesClause && s.IsWord(previous) && s.IsWordIn(previous - 1, lexicon.OneClauseEndDeterminers, WordRole.OneClauseEndDeterminer);
    }

    private static bool IsWordOne(TokenStream s, Cardinal cardinal) =>
        cardinal.End - cardinal.Start == 1 && s.IsWord(cardinal.Start) && s.Chars(cardinal.Start).Equals("one", StringComparison.OrdinalIgnoreCase);
}
