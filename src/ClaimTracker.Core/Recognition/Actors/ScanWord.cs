namespace ClaimTracker.Recognition.Actors;

/// <summary>
/// One distinct written word or character as the actor scan meets it: its strings, and where it starts in a
/// gazetteer's phrase and pattern tries. News repeats a small vocabulary, so the tries' first step is taken
/// once per word (per thread, see <see cref="WordTokenizer"/>) instead of three dictionary lookups per token.
/// </summary>
/// <param name="text">The characters as written.</param>
/// <param name="key">The lower-cased text, the key of gazetteer lookups.</param>
internal sealed class ScanWord(string text, string key)
{
    // One reference, written whole: a word read for another gazetteer just looks its starts up again.
    private GazetteerStarts? starts;

    public string Text { get; } = text;

    public string Key { get; } = key;

    /// <summary>True for a run of letters/digits, false for one punctuation character.</summary>
    public bool IsWord { get; } = text.Length > 1 || char.IsLetterOrDigit(text[0]);

    public bool IsCapitalised => IsWord && char.IsUpper(Text[0]);

    public bool IsApostrophe { get; } = text is "'" or "\u2019" or "\"" or "\u02bc";

    public bool IsDash { get; } = text is "-" or "\u2010" or "\u2011" or "\u2012" or "\u2013" or "\u2014";

    /// <summary>Where this word starts in <paramref name="gazetteer"/>'s tries, looked up on first use.</summary>
    public GazetteerStarts StartsIn(Gazetteer gazetteer)
    {
        var known = starts;
        if (known is not null && ReferenceEquals(known.Gazetteer, gazetteer))
        {
            return known;
        }

        known = gazetteer.StartsOf(Key);
        starts = known;
        return known;
    }
}
