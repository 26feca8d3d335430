using System.Collections.Frozen;

namespace ClaimTracker.Recognition.Dates;

/// <summary>
/// Multi-word phrases looked up by their first word, longest first, matched against consecutive word tokens.
/// Lookups cost at most the number of phrases sharing a first word, which the vocabulary keeps small.
/// </summary>
/// <typeparam name="T">What a phrase stands for.</typeparam>
internal sealed class PhraseTable<T>
{
    private readonly FrozenDictionary<string, (string[] Words, T Value)[]> _byFirstWord;
    private readonly FrozenDictionary<string, (string[] Words, T Value)[]> _byLastWord;

    public PhraseTable(IEnumerable<(string[] Words, T Value)> phrases)
    {
        var list = phrases.Where(p => p.Words.Length > 0).ToList();
        _byFirstWord = Group(list, p => p.Words[0]);
        _byLastWord = Group(list, p => p.Words[^1]);
    }

    /// <summary>How many words the longest phrase has (0 for an empty table).</summary>
    public int LongestPhrase => _byFirstWord.Values.Select(candidates => candidates[0].Words.Length).DefaultIfEmpty(0).Max();

    /// <summary>The words phrases begin with.</summary>
    public IEnumerable<string> FirstWords => _byFirstWord.Keys;

    /// <summary>Every word of every phrase.</summary>
    public IEnumerable<string> AllWords => _byFirstWord.Values.SelectMany(candidates => candidates.SelectMany(c => c.Words));

    /// <summary>The longest phrase starting at token <paramref name="index"/>.</summary>
    public bool TryMatchAt(List<DateToken> tokens, int index, out T value, out int length)
    {
        value = default!;
        length = 0;
        if (index < 0 || index >= tokens.Count || !tokens[index].IsWord
            || !_byFirstWord.TryGetValue(tokens[index].Lower, out var candidates))
            return false;

        foreach (var (words, phraseValue) in candidates)
        {
            if (WordsMatch(tokens, index, words))
            {
                value = phraseValue;
                length = words.Length;
                return true;
            }
        }

        return false;
    }

    /// <summary>The longest phrase whose last word is the token just before <paramref name="index"/>.</summary>
    public bool TryMatchEndingBefore(List<DateToken> tokens, int index, out T value, out int length)
    {
        value = default!;
        length = 0;
        var last = index - 1;
        if (last < 0 || last >= tokens.Count || !tokens[last].IsWord
            || !_byLastWord.TryGetValue(tokens[last].Lower, out var candidates))
            return false;

        foreach (var (words, phraseValue) in candidates)
        {
            var first = index - words.Length;
            if (first >= 0 && WordsMatch(tokens, first, words))
            {
                value = phraseValue;
                length = words.Length;
                return true;
            }
        }

        return false;
    }

    private static bool WordsMatch(List<DateToken> tokens, int index, string[] words)
    {
        if (index + words.Length > tokens.Count)
            return false;
        for (var k = 0; k < words.Length; k++)
        {
            var token = tokens[index + k];
            if (!token.IsWord || !string.Equals(token.Lower, words[k], StringComparison.Ordinal))
                return false;
        }

        return true;
    }

    private static FrozenDictionary<string, (string[] Words, T Value)[]> Group(
        List<(string[] Words, T Value)> phrases, Func<(string[] Words, T Value), string> key) =>
        phrases
            .GroupBy(key, StringComparer.Ordinal)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.OrderByDescending(p => p.Words.Length).ToArray(),
                StringComparer.Ordinal);
}
