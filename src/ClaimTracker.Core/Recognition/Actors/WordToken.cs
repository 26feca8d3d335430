namespace ClaimTracker.Recognition.Actors;

/// <summary>A word (letters and digits) or a single other character, with its absolute offsets.</summary>
/// <remarks>A struct in one array per scan: a text has hundreds of thousands of tokens and an object each cost
/// more in allocation and collection than the whole phrase lookup.</remarks>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset one past the last character.</param>
/// <param name="Text">The covered characters.</param>
/// <param name="Key">The lower-cased text, the key of gazetteer lookups.</param>
/// <param name="IsWord">True for a run of letters/digits, false for one punctuation character.</param>
/// <param name="SpaceBefore">Whether whitespace separates it from the previous token.</param>
/// <param name="LineBreakBefore">Whether a line break separates it from the previous token.</param>
internal readonly record struct WordToken(int Start, int End, string Text, string Key, bool IsWord, bool SpaceBefore, bool LineBreakBefore)
{
    public bool IsCapitalised => IsWord && char.IsUpper(Text[0]);

    public bool IsApostrophe => Text is "'" or "\u2019" or "\"" or "\u02bc";

    public bool IsDash => Text is "-" or "\u2010" or "\u2011" or "\u2012" or "\u2013" or "\u2014";
}
