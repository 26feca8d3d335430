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
            if (start + phrase.Length <= words.Count && IsAt(words, start, phrase))
            {
                length = phrase.Length;
                value = phraseValue;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Every non-overlapping match in <c>[first, end)</c>, scanning left to right. A struct, so a <c>foreach</c> over
    /// it allocates nothing: it is asked in nearly every sentence by several extractors.
    /// </summary>
    public Matches FindAll(IReadOnlyList<string> words, int first, int end) => new(this, words, first, end);

    private static bool IsAt(IReadOnlyList<string> words, int start, string[] phrase)
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

    /// <summary>The matches of <see cref="FindAll"/>: enumerable as a struct by <c>foreach</c>, or as a sequence by LINQ.</summary>
    internal readonly struct Matches(PhraseSet<T> set, IReadOnlyList<string> words, int first, int end) : IEnumerable<(int Start, int Length, T Value)>
    {
        public Enumerator GetEnumerator() => new(set, words, Math.Max(first, 0), Math.Min(end, words.Count));

        /// <summary>Whether there is any match; unlike LINQ's <c>Any</c>, without boxing the sequence.</summary>
        public bool Any() => GetEnumerator().MoveNext();

        IEnumerator<(int Start, int Length, T Value)> IEnumerable<(int Start, int Length, T Value)>.GetEnumerator() => GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>Scans for the next match from where the last one ended.</summary>
    internal struct Enumerator(PhraseSet<T> set, IReadOnlyList<string> words, int next, int stop) : IEnumerator<(int Start, int Length, T Value)>
    {
        public (int Start, int Length, T Value) Current { get; private set; }

        readonly object System.Collections.IEnumerator.Current => Current;

        public bool MoveNext()
        {
            while (next < stop)
            {
                if (set.TryMatch(words, next, out var length, out var value) && next + length <= stop)
                {
                    Current = (next, length, value);
                    next += length;
                    return true;
                }

                next++;
            }

            return false;
        }

        // Like the compiler's iterators, which this replaces.
        public readonly void Reset() => throw new NotSupportedException();

        public readonly void Dispose()
        {
        }
    }
}
