namespace ClaimTracker.Text;

/// <summary>
/// Shares the strings of words that recur across sentences and documents: the recognizers and extractors look words
/// up by their text, and news repeats a small vocabulary, so a word's string (as written, or lower-cased) is made only
/// the first time a thread meets it. Each thread keeps its own bounded pool, so nothing is locked and memory stays
/// bounded on any input; long or rare words past the bound are simply allocated.
/// </summary>
internal static class WordPool
{
    private const int MaxWords = 1 << 16;
    private const int MaxLength = 40;

    // Punctuation marks and one-letter words are about a fifth of all tokens: their strings are made once, not looked up.
    private static readonly string[] AsciiCharacters = Enumerable.Range(0, 128).Select(c => char.ToLowerInvariant((char)c).ToString()).ToArray();

    [ThreadStatic]
    private static WordTable<WrittenWord>? t_asWritten;

    [ThreadStatic]
    private static WordTable<PooledWord>? t_lowerCase;

    // The one-character words as pooled words, per thread because a pooled word keeps its classes unlocked.
    [ThreadStatic]
    private static PooledWord[]? t_asciiWords;

    /// <summary>The strings of <paramref name="word"/> as written and lower-cased, with one lookup for both.</summary>
    public static WrittenWord Intern(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxLength)
        {
            return new WrittenWord(word.ToString(), Lower(word));
        }

        var pool = t_asWritten ??= new(MaxWords);
        var hash = WordTable<WrittenWord>.Hash(word);
        if (pool.Find(word, hash) is { } shared)
        {
            return shared;
        }

        var made = new WrittenWord(word.ToString(), Lower(word));
        pool.Add(made.Text, hash, made);
        return made;
    }

    /// <summary>The lower-cased (invariant) string of <paramref name="word"/>.</summary>
    public static string Lower(ReadOnlySpan<char> word) =>
        word.Length == 1 && char.IsAscii(word[0]) ? AsciiCharacters[word[0]] : Pooled(word, t_lowerCase ??= new(MaxWords)).Text;

    /// <summary>
    /// The pooled lower-cased form of <paramref name="token"/>, given the hash <see cref="Tokenizer"/> folded in while
    /// reading it (0 when the token is not all ASCII).
    /// </summary>
    public static PooledWord LowerWord(ReadOnlySpan<char> token, int asciiLowerHash) =>
        LowerWord(token, asciiLowerHash, t_lowerCase ??= new(MaxWords));

    private static PooledWord LowerWord(ReadOnlySpan<char> token, int asciiLowerHash, WordTable<PooledWord> pool) =>
        asciiLowerHash != 0 ? PooledAscii(token, asciiLowerHash, pool) : Pooled(token, pool);

    private static PooledWord Pooled(ReadOnlySpan<char> word, WordTable<PooledWord> pool)
    {
        if (word.Length == 1 && char.IsAscii(word[0]))
        {
            return (t_asciiWords ??= AsciiCharacters.Select(c => new PooledWord(c)).ToArray())[word[0]];
        }

        if (word.Length > MaxLength)
        {
            return new PooledWord(word.ToString().ToLowerInvariant());
        }

        Span<char> lower = stackalloc char[MaxLength];
        lower = lower[..word.Length];
        var hash = LowerAndHash(word, lower);
        if (pool.Find(lower, hash) is { } shared)
        {
            return shared;
        }

        var made = new PooledWord(lower.ToString());
        pool.Add(made.Text, hash, made);
        return made;
    }

    /// <summary>
    /// Writes <paramref name="word"/> lower-cased (invariant) into <paramref name="lower"/>, of the same length, and
    /// returns the <see cref="WordTable{T}"/> hash of the result. ASCII is lower-cased and hashed in one pass; anything
    /// else goes through the invariant culture's case map.
    /// </summary>
    public static int LowerAndHash(ReadOnlySpan<char> word, Span<char> lower)
    {
        var hash = WordTable<string>.OffsetBasis;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (!char.IsAscii(c))
            {
                word.ToLowerInvariant(lower);
                return WordTable<string>.Hash(lower);
            }

            c = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
            lower[i] = c;
            hash = WordTable<string>.Step(hash, c);
        }

        return hash;
    }

    /// <summary>The lower-cased texts of <paramref name="tokens"/> of <paramref name="text"/>, index-aligned with them.</summary>
    public static string[] Lower(string text, IReadOnlyList<Token> tokens)
    {
        // The thread's pool is found once per sentence rather than once per word.
        var pool = t_lowerCase ??= new(MaxWords);
        var words = new string[tokens.Count];
        for (var i = 0; i < words.Length; i++)
        {
            var span = tokens[i].Span;
            words[i] = Pooled(text.AsSpan(span.Start, span.Length), pool).Text;
        }

        return words;
    }

    /// <summary>
    /// Writes the lower-cased texts of <paramref name="tokens"/> of <paramref name="text"/> into <paramref name="words"/>
    /// and each one's classes by <paramref name="classifier"/> into <paramref name="classes"/>, both index-aligned with
    /// the tokens. The classes come from the same lookup as the word, so a word the thread has met before costs the
    /// classifier nothing.
    /// </summary>
    /// <param name="text">The text the tokens index.</param>
    /// <param name="tokens">The tokens.</param>
    /// <param name="lowerHashes">Per token, the hash of its lower-cased text when the token is all ASCII, else 0, as
    /// <see cref="Tokenizer.Tokenize(string, Documents.TextSpan, List{Token}, List{int})"/> gives them; such a token is found
    /// without being lower-cased first.</param>
    /// <param name="classifier">The classifier.</param>
    /// <param name="words">Where to write the words, as many as there are tokens.</param>
    /// <param name="classes">Where to write the classes of each word, as many as there are tokens.</param>
    public static void Lower(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> lowerHashes, IWordClassifier classifier, Span<string> words, Span<ulong> classes)
    {
        var pool = t_lowerCase ??= new(MaxWords);
        for (var i = 0; i < tokens.Length; i++)
        {
            var span = tokens[i].Span;
            var token = text.AsSpan(span.Start, span.Length);
            var word = LowerWord(token, lowerHashes[i], pool);
            words[i] = word.Text;
            classes[i] = word.ClassesBy(classifier);
        }
    }

    private static PooledWord PooledAscii(ReadOnlySpan<char> word, int lowerHash, WordTable<PooledWord> pool)
    {
        if (word.Length == 1 || word.Length > MaxLength)
        {
            return Pooled(word, pool);
        }

        if (pool.FindAsciiLowered(word, lowerHash) is { } shared)
        {
            return shared;
        }

        var made = new PooledWord(word.ToString().ToLowerInvariant());
        pool.Add(made.Text, lowerHash, made);
        return made;
    }

    /// <summary>A word as written and its lower-cased form.</summary>
    internal sealed record WrittenWord(string Text, string Lower);
}
