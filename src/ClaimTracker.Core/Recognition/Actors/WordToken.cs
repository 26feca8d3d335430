namespace ClaimTracker.Recognition.Actors;

/// <summary>A word (letters and digits) or a single other character, with its absolute offsets.</summary>
/// <remarks>A 16-byte struct in one array per scan: a text has hundreds of thousands of tokens and an object each
/// cost more in allocation and collection than the whole phrase lookup. The word's text is exactly the covered
/// characters, so the end offset is not stored.</remarks>
/// <param name="Start">Offset of the first character.</param>
/// <param name="Word">The written word, shared by every token that spells it the same.</param>
/// <param name="SpaceBefore">Whether whitespace separates it from the previous token.</param>
/// <param name="LineBreakBefore">Whether a line break separates it from the previous token.</param>
internal readonly record struct WordToken(int Start, ScanWord Word, bool SpaceBefore, bool LineBreakBefore)
{
    /// <summary>Offset one past the last character.</summary>
    public int End => Start + Word.Text.Length;

    /// <summary>The covered characters.</summary>
    public string Text => Word.Text;

    /// <summary>The lower-cased text, the key of gazetteer lookups.</summary>
    public string Key => Word.Key;

    /// <summary>True for a run of letters/digits, false for one punctuation character.</summary>
    public bool IsWord => Word.IsWord;

    public bool IsCapitalised => (Flags & WordTokenFlags.Capitalised) != 0;

    public bool IsApostrophe => Word.IsApostrophe;

    public bool IsDash => Word.IsDash;

    /// <summary>Whether the token is "!", "?" or ".". Sentence numbering asks at every token.</summary>
    public bool MayEndSentence => (Flags & WordTokenFlags.MayEndSentence) != 0;

    /// <summary>Whether the token is a word whose remembered gazetteer starts begin a phrase.</summary>
    public bool MayStartPhrase => (Flags & WordTokenFlags.MayStartPhrase) != 0;

    /// <summary>Whether the token is a word whose remembered gazetteer starts begin a place pattern.</summary>
    public bool MayStartPattern => (Flags & WordTokenFlags.MayStartPattern) != 0;

    // The word's flags fit in the struct's padding: the walks that ask at every token then skip the many tokens that
    // begin nothing without reaching their words, whose objects are spread over the heap.
    private WordTokenFlags Flags { get; } = Word.TokenFlags;
}
