using System.Runtime.InteropServices;
using ClaimTracker.Documents;
using ClaimTracker.Text;

namespace ClaimTracker.Recognition.Actors;

/// <summary>
/// The shared first pass of actor and location recognition over one text window: tokens, sentence numbers,
/// gazetteer phrases (longest match first, left to right) and pattern locations. Every step is a single walk
/// over the tokens with trie lookups bounded by the longest phrase.
/// </summary>
/// <remarks>A scan's per-token lists and its phrase list are the thread's kept ones (<see cref="TokenBuffer{T}"/>): the
/// per-token ones are as long as the text and were a third of the bytes mention recognition allocated. Disposing the scan, once its mentions are read,
/// hands them back; a scan not disposed only misses that reuse.</remarks>
internal sealed class TextScan : IDisposable
{
    private readonly List<WordToken> tokenList;

    // The sentence number of each token, then the index of the phrase match covering each token: one kept list for
    // both columns.
    private readonly List<int> columns;
    private readonly List<PhraseMatch> matches;
    private readonly List<PatternLocation> patternLocations;
    private readonly bool rememberWordStarts;
    private bool disposed;

    private TextScan(Gazetteer gazetteer, string text, List<WordToken> tokens, WordFacts? facts, bool rememberWordStarts)
    {
        Gazetteer = gazetteer;
        Text = text;
        Facts = facts;
        tokenList = tokens;
        this.rememberWordStarts = rememberWordStarts;
        columns = TokenBuffer<int>.Rent();
        CollectionsMarshal.SetCount(columns, 2 * tokens.Count);
        NumberSentences(Tokens, CollectionsMarshal.AsSpan(columns)[..tokens.Count]);
        matches = FindPhrases();
        var matchAt = CollectionsMarshal.AsSpan(columns)[tokens.Count..];
        matchAt.Fill(-1);
        for (var m = 0; m < matches.Count; m++)
        {
            for (var t = matches[m].First; t < matches[m].Next; t++)
            {
                matchAt[t] = m;
            }
        }

        patternLocations = new LocationPatternMatcher(this).FindAll();
    }

    public Gazetteer Gazetteer { get; }

    public string Text { get; }

    /// <summary>The facts the tokens' words carry, or null.</summary>
    public WordFacts? Facts { get; }

    public ReadOnlySpan<WordToken> Tokens => CollectionsMarshal.AsSpan(tokenList);

    /// <summary>The sentence number of each token.</summary>
    public ReadOnlySpan<int> Sentence => CollectionsMarshal.AsSpan(columns)[..tokenList.Count];

    public ReadOnlySpan<PhraseMatch> Matches => CollectionsMarshal.AsSpan(matches);

    /// <summary>The places found by pattern, in text order and never overlapping.</summary>
    public IReadOnlyList<PatternLocation> PatternLocations => patternLocations;

    /// <summary>Scans <paramref name="window"/> of <paramref name="text"/>.</summary>
    /// <param name="gazetteer">The vocabulary.</param>
    /// <param name="text">The whole text the token offsets index.</param>
    /// <param name="window">The part to read; clamped to the text.</param>
    /// <param name="rememberWordStarts">Whether each word's first steps into the gazetteer tries are taken once and kept
    /// with the word (see <see cref="ScanVocabulary"/>) rather than at every token; off only to test that it changes nothing.</param>
    /// <param name="facts">What else each word should carry, for the number and date recognizers reading the same text.</param>
    public static TextScan Of(Gazetteer gazetteer, string? text, TextSpan window, bool rememberWordStarts = true, WordFacts? facts = null)
    {
        text ??= "";
        var start = Math.Clamp(window.Start, 0, text.Length);
        var end = Math.Clamp(window.End, start, text.Length);
        var tokens = TokenBuffer<WordToken>.Rent();
        var vocabulary = ScanVocabulary.For(gazetteer, facts);
        WordTokenizer.Tokenize(text, start, end, vocabulary, tokens);
        return new TextScan(gazetteer, text, tokens, vocabulary.Facts, rememberWordStarts);
    }

    /// <summary>Hands the per-token lists back to the thread; the scan must not be read afterwards.</summary>
    public void Dispose()
    {
        if (!disposed)
        {
            TokenBuffer<WordToken>.Return(TakeTokens());
        }
    }

    /// <summary>
    /// Ends the scan like <see cref="Dispose"/> but hands its tokens to the caller, who reads them on (the claim rules'
    /// sentence tokens are built from them) and returns them to <see cref="TokenBuffer{T}"/> when done.
    /// </summary>
    public List<WordToken> TakeTokens()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        disposed = true;
        TokenBuffer<PhraseMatch>.Return(matches);
        TokenBuffer<int>.Return(columns);
        return tokenList;
    }

    /// <summary>Whether the scan keeps each word's gazetteer starts with the word.</summary>
    public bool RemembersWordStarts => rememberWordStarts;

    /// <summary>Where the word at <paramref name="token"/> starts in the gazetteer's tries.</summary>
    public GazetteerStarts StartsAt(int token) =>
        rememberWordStarts ? Tokens[token].Word.Starts : Gazetteer.StartsOf(Tokens[token].Key);

    /// <summary>Index of the phrase match covering token <paramref name="token"/>, or -1.</summary>
    public int MatchAt(int token) => token >= 0 && token < tokenList.Count ? columns[tokenList.Count + token] : -1;

    public TextSpan SpanOf(int first, int end) => new(Tokens[first].Start, Tokens[end - 1].End);

    public string TextOf(int first, int end) => SpanOf(first, end).Slice(Text);

    public bool IsWord(int token, string key) =>
        token >= 0 && token < Tokens.Length && string.Equals(Tokens[token].Key, key, StringComparison.Ordinal);

    /// <summary>Whether the phrase lies inside a pattern location such as "Baku–Tbilisi–Ceyhan pipeline".</summary>
    public bool InsidePatternLocation(PhraseMatch match)
    {
        // The last pattern place starting at or before the phrase is the only one that can hold it.
        var low = 0;
        var high = patternLocations.Count - 1;
        var last = -1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            if (patternLocations[middle].First <= match.First)
            {
                last = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return last >= 0 && match.End <= patternLocations[last].End;
    }

    /// <summary>
    /// Whether a place name is used as a place rather than for its government: after a locative word ("in",
    /// "to", "visited"), joined by a dash to another name ("Baku-Astara"), followed by a capitalised word
    /// ("Tehran University") or inside a pattern location. A possessive ("Baku's") is never a place.
    /// </summary>
    public bool IsPlaceContext(PhraseMatch match)
    {
        if (match.IsPossessive)
        {
            return false;
        }

        if (InsidePatternLocation(match) || IsAfterLocative(match.First))
        {
            return true;
        }

        var before = match.First - 1;
        if (before >= 1 && Tokens[before].IsDash && !Tokens[match.First].SpaceBefore && !Tokens[before].SpaceBefore
            && Tokens[before - 1].IsCapitalised)
        {
            return true;
        }

        var after = match.End;
        if (after + 1 < Tokens.Length && Tokens[after].IsDash && !Tokens[after].SpaceBefore && !Tokens[after + 1].SpaceBefore
            && Tokens[after + 1].IsCapitalised)
        {
            return true;
        }

        return after < Tokens.Length && Tokens[after].IsCapitalised && Sentence[after] == Sentence[match.First]
            && !Tokens[after].LineBreakBefore && MatchAt(after) < 0 && !Gazetteer.NonNameWords.Contains(Tokens[after].Text);
    }

    public bool IsAfterLocative(int first) =>
        first > 0 && Tokens[first - 1].IsWord && Gazetteer.Locatives.Contains(Tokens[first - 1].Key)
        && Sentence[first - 1] == Sentence[first];

    /// <summary>
    /// Whether a single capitalised word stands right before the phrase mid-sentence, making the phrase part
    /// of a longer name ("George Washington", "South Azerbaijan", "Michael Jordan").
    /// </summary>
    public bool IsPartOfLongerName(PhraseMatch match)
    {
        var before = match.First - 1;
        if (before >= 0 && IsUnknownNameWord(before) && !Tokens[match.First].LineBreakBefore
            && Sentence[before] == Sentence[match.First] && (before == 0 || Sentence[before - 1] == Sentence[before]))
        {
            return true;
        }

        // Countries that are also personal names ("Jordan Peterson") need the right-hand check too.
        var country = match.Find(LexemeKind.CountryName)?.Actor;
        return country is not null && Gazetteer.PersonalNameCountries.Contains(country.Id) && !match.IsPossessive
            && IsUnknownNameWord(match.End) && !Tokens[match.End].LineBreakBefore;
    }

    private bool IsUnknownNameWord(int token) =>
        token >= 0 && token < Tokens.Length && Tokens[token].IsCapitalised && MatchAt(token) < 0
        && !Gazetteer.NonNameWords.Contains(Tokens[token].Text);

    private List<PhraseMatch> FindPhrases()
    {
        var found = TokenBuffer<PhraseMatch>.Rent();
        var phrases = TokenBuffer<(int Length, IReadOnlyList<Lexeme> Values)>.Rent();
        var tokens = Tokens;
        var i = 0;
        while (i < tokens.Length)
        {
            // Most words begin no phrase: they are passed here, without a call and without reaching their word.
            var start = (rememberWordStarts ? tokens[i].MayStartPhrase : tokens[i].IsWord) ? StartsAt(i).Phrase : null;
            if (start is null)
            {
                i++;
                continue;
            }

            if (LongestAt(i, start, phrases) is not { } match)
            {
                i++;
                continue;
            }

            found.Add(match);
            i = match.Next;
        }

        // The candidates of the last phrase are not read again: the thread keeps the list for its next text.
        TokenBuffer<(int Length, IReadOnlyList<Lexeme> Values)>.Return(phrases);
        return found;
    }

    // The caller keeps the list of candidate phrases for every token, and calls only at a word that begins a phrase: one
    // whose first step into the phrase trie is start.
    private PhraseMatch? LongestAt(int first, PhraseIndex<Lexeme>.Node start, List<(int Length, IReadOnlyList<Lexeme> Values)> phrases)
    {
        var tokens = Tokens;
        var afterArticle = first > 0 && tokens[first - 1].Key == "the";
        Gazetteer.Phrases.Find(tokens, first, start, phrases);
        for (var p = 0; p < phrases.Count; p++)
        {
            var (length, lexemes) = phrases[p];
            var end = first + length;

            // A phrase must end on a word boundary: "U.S" inside "U.Sx" is not "U.S".
            if (!tokens[end - 1].IsWord && end < tokens.Length && tokens[end].IsWord && !tokens[end].SpaceBefore)
            {
                continue;
            }

            var fitting = Fitting(lexemes, tokens, first, afterArticle);
            if (fitting.Count == 0)
            {
                continue;
            }

            var possessive = end + 1 < tokens.Length && tokens[end].IsApostrophe && tokens[end + 1].Key == "s"
                && !tokens[end].SpaceBefore && !tokens[end + 1].SpaceBefore;
            return new PhraseMatch(first, end, possessive ? end + 2 : end, fitting);
        }

        return null;
    }

    /// <summary>
    /// The meanings whose article and case rules the text meets. Usually all of them fit, and then the
    /// gazetteer's own list is shared rather than copied.
    /// </summary>
    private static IReadOnlyList<Lexeme> Fitting(IReadOnlyList<Lexeme> lexemes, ReadOnlySpan<WordToken> tokens, int first, bool afterArticle)
    {
        List<Lexeme>? some = null;
        for (var l = 0; l < lexemes.Count; l++)
        {
            var fits = (!lexemes[l].RequiresArticle || afterArticle) && lexemes[l].MatchesCase(tokens, first);
            if (fits && some is not null)
            {
                some.Add(lexemes[l]);
            }
            else if (!fits && some is null)
            {
                some = new List<Lexeme>(lexemes.Count);
                for (var earlier = 0; earlier < l; earlier++)
                {
                    some.Add(lexemes[earlier]);
                }
            }
        }

        return some is null ? lexemes : some.Count == 0 ? [] : some.ToArray();
    }

    private static void NumberSentences(ReadOnlySpan<WordToken> tokens, Span<int> sentence)
    {
        var current = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (i > 0 && (tokens[i].LineBreakBefore || (tokens[i - 1].MayEndSentence && EndsSentence(tokens, i - 1))))
            {
                current++;
            }

            sentence[i] = current;
        }
    }

    private static bool EndsSentence(ReadOnlySpan<WordToken> tokens, int i)
    {
        // The word's flags, not its text: this runs at every token.
        var word = tokens[i].Word;
        if (word.IsSentenceEnd)
        {
            return true;
        }

        // "U.S. officials" keeps going: a period after a single letter is an abbreviation.
        return word.IsPeriod && i + 1 < tokens.Length && tokens[i + 1].SpaceBefore
            && !(i > 0 && tokens[i - 1].IsWord && tokens[i - 1].Text.Length == 1);
    }
}
