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

    [ThreadStatic]
    private static Dictionary<string, WrittenWord>? t_asWritten;

    [ThreadStatic]
    private static Dictionary<string, string>? t_lowerCase;

    /// <summary>The strings of <paramref name="word"/> as written and lower-cased, with one lookup for both.</summary>
    public static WrittenWord Intern(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxLength)
        {
            return new WrittenWord(word.ToString(), Lower(word));
        }

        var pool = t_asWritten ??= new(StringComparer.Ordinal);
        if (pool.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var shared))
        {
            return shared;
        }

        var made = new WrittenWord(word.ToString(), Lower(word));
        if (pool.Count < MaxWords)
        {
            pool.Add(made.Text, made);
        }

        return made;
    }

    /// <summary>The lower-cased (invariant) string of <paramref name="word"/>.</summary>
    public static string Lower(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxLength)
        {
            return word.ToString().ToLowerInvariant();
        }

        Span<char> lower = stackalloc char[MaxLength];
        lower = lower[..word.Length];
        word.ToLowerInvariant(lower);
        return Share(t_lowerCase ??= new(StringComparer.Ordinal), lower);
    }

    /// <summary>The lower-cased texts of <paramref name="tokens"/> of <paramref name="text"/>, index-aligned with them.</summary>
    public static string[] Lower(string text, IReadOnlyList<Token> tokens)
    {
        var words = new string[tokens.Count];
        for (var i = 0; i < words.Length; i++)
        {
            var span = tokens[i].Span;
            words[i] = Lower(text.AsSpan(span.Start, span.Length));
        }

        return words;
    }

    private static string Share(Dictionary<string, string> pool, ReadOnlySpan<char> word)
    {
        var lookup = pool.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var shared))
        {
            return shared;
        }

        var made = word.ToString();
        if (pool.Count < MaxWords)
        {
            pool.Add(made, made);
        }

        return made;
    }

    /// <summary>A word as written and its lower-cased form.</summary>
    internal sealed record WrittenWord(string Text, string Lower);
}
