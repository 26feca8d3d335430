using System.Collections.Frozen;
using ClaimTracker.Documents;

namespace ClaimTracker.Text;

/// <summary>
/// A set of word sequences ("shot down", "according to", "lost their lives") matched against lower-cased words,
/// longest first. Phrases are split with <see cref="Tokenizer"/>, so they match exactly the tokens of a text.
/// </summary>
/// <typeparam name="T">What a phrase stands for (a phase, a stance, a cue kind).</typeparam>
internal sealed class PhraseSet<T>
{
    // Asked at nearly every word of every sentence, and nearly always missing: a frozen dictionary rejects fastest.
    private readonly FrozenDictionary<string, (string[] Words, T Value)[]> _byFirstWord;

    public PhraseSet(IEnumerable<(string Phrase, T Value)> phrases)
    {
        _byFirstWord = phrases
            .Select(p => (Words: Split(p.Phrase), p.Value))
            .Where(p => p.Words.Length > 0)
            .GroupBy(p => p.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Words.Length).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The words phrases begin with.</summary>
    public IEnumerable<string> FirstWords => _byFirstWord.Keys;

    /// <summary>The longest phrase starting at <paramref name="start"/>, if any.</summary>
    public bool TryMatch(IReadOnlyList<string> words, int start, out int length, out T value)
    {
        length = 0;
        value = default!;
        if (start < 0 || start >= words.Count || !_byFirstWord.TryGetValue(words[start], out var candidates))
        {
            return false;
        }

        foreach (var (phrase, phraseValue) in candidates)
        {
            if (start + phrase.Length <= words.Count && Matches(words, start, phrase))
            {
                length = phrase.Length;
                value = phraseValue;
                return true;
            }
        }

        return false;
    }

    /// <summary>Every non-overlapping match in <c>[first, end)</c>, scanning left to right.</summary>
    public IEnumerable<(int Start, int Length, T Value)> FindAll(IReadOnlyList<string> words, int first, int end)
    {
        var i = Math.Max(first, 0);
        var stop = Math.Min(end, words.Count);
        while (i < stop)
        {
            if (TryMatch(words, i, out var length, out var value) && i + length <= stop)
            {
                yield return (i, length, value);
                i += length;
            }
            else
            {
                i++;
            }
        }
    }

    private static bool Matches(IReadOnlyList<string> words, int start, string[] phrase)
    {
        for (var k = 0; k < phrase.Length; k++)
        {
            if (!string.Equals(words[start + k], phrase[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static string[] Split(string phrase)
    {
        var lower = phrase.Trim().ToLowerInvariant();
        return Tokenizer.Tokenize(lower, new TextSpan(0, lower.Length)).Select(t => t.Span.Slice(lower)).ToArray();
    }
}
