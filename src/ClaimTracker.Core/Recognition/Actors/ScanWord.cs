using ClaimTracker.Recognition.Dates;
using ClaimTracker.Recognition.Numbers;
using ClaimTracker.Text;

namespace ClaimTracker.Recognition.Actors;

/// <summary>
/// One distinct written word or character as the actor scan meets it: its strings, its case and punctuation
/// flags, and where it starts in the gazetteer's tries. News repeats a small vocabulary, so all of this is
/// worked out once per word (see <see cref="ScanVocabulary"/>) instead of at every token. Immutable but for the
/// classes it keeps for the claim rules (see <see cref="ClassesBy"/>); a vocabulary and its words belong to one thread.
/// </summary>
/// <param name="text">The characters as written.</param>
/// <param name="key">The lower-cased text, the key of gazetteer lookups and the claim rules' word.</param>
/// <param name="starts">The word's first steps into the gazetteer's tries.</param>
/// <param name="numberRoles">The word's roles in the <see cref="WordFacts.NumberRoles"/> of its vocabulary, if it has facts.</param>
/// <param name="dateWord">The word in the <see cref="WordFacts.DateWords"/> of its vocabulary, if it has facts.</param>
internal sealed class ScanWord(string text, string key, GazetteerStarts starts, WordRole numberRoles, VocabularyWord dateWord)
{
    private WordClasses classes;

    public string Text { get; } = text;

    public string Key { get; } = key;

    /// <summary>
    /// The kind of token the claim rules' <see cref="Tokenizer"/> reads this word as, standing alone; null when it reads
    /// it otherwise (a surrogate half, a spacing mark), so the word's sentence tokens come from the tokenizer itself.
    /// </summary>
    public TokenKind? TokenKind { get; } = Tokenizer.KindOfWhole(text);

    /// <summary>True for a run of letters/digits, false for one punctuation character.</summary>
    public bool IsWord { get; } = text.Length > 1 || char.IsLetterOrDigit(text[0]);

    public bool IsCapitalised { get; } = IsCapitalisedWord(text);

    /// <summary>True for a word of letters only, which the date tokenizer reads as one word too.</summary>
    public bool IsLetters { get; } = IsAllLetters(text);

    public bool IsApostrophe { get; } = text is "'" or "\u2019" or "\"" or "\u02bc";

    public bool IsDash { get; } = text is "-" or "\u2010" or "\u2011" or "\u2012" or "\u2013" or "\u2014";

    /// <summary>True for "!" and "?", which always end a sentence.</summary>
    public bool IsSentenceEnd { get; } = text is "!" or "?";

    /// <summary>True for ".", which ends a sentence unless it closes an abbreviation.</summary>
    public bool IsPeriod { get; } = text == ".";

    public GazetteerStarts Starts { get; } = starts;

    /// <summary>What every token of this word carries in <see cref="WordToken"/> itself (see <see cref="WordToken.MayEndSentence"/>
    /// and <see cref="WordToken.MayStartPhrase"/>), worked out once here.</summary>
    public WordTokenFlags TokenFlags { get; } = FlagsOf(text, starts);

    /// <summary>Meaningful only when the word's vocabulary has <see cref="WordFacts"/>.</summary>
    public WordRole NumberRoles { get; } = numberRoles;

    /// <summary>Meaningful only when the word's vocabulary has <see cref="WordFacts"/>.</summary>
    public VocabularyWord DateWord { get; } = dateWord;

    /// <summary>
    /// The classes of <see cref="Key"/> by <paramref name="classifier"/>, worked out on the first call: the claim rules'
    /// sentence tokens read them at every token, from the word the token already holds.
    /// </summary>
    public ulong ClassesBy(IWordClassifier classifier) => classes.Of(classifier, Key);

    private static WordTokenFlags FlagsOf(string text, GazetteerStarts starts)
    {
        var flags = text is "!" or "?" or "." ? WordTokenFlags.MayEndSentence : WordTokenFlags.None;
        flags |= IsCapitalisedWord(text) ? WordTokenFlags.Capitalised : WordTokenFlags.None;
        if (text.Length > 1 || char.IsLetterOrDigit(text[0]))
        {
            flags |= starts.Phrase is null ? WordTokenFlags.None : WordTokenFlags.MayStartPhrase;
            flags |= starts.PatternAfter is null && starts.PatternBefore is null ? WordTokenFlags.None : WordTokenFlags.MayStartPattern;
        }

        return flags;
    }

    private static bool IsCapitalisedWord(string text) => (text.Length > 1 || char.IsLetterOrDigit(text[0])) && char.IsUpper(text[0]);

    private static bool IsAllLetters(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}
