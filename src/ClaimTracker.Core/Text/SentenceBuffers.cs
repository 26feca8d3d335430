using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ClaimTracker.Documents;

namespace ClaimTracker.Text;

/// <summary>
/// The tokens, word classes and (when asked for) lower-cased words of one document's sentences, one sentence after
/// another in arrays the thread keeps for its next document: arrays per sentence were a fifth of all the pipeline
/// allocated. Each sentence's part is a slice that stays valid until <see cref="Dispose"/>, after which the arrays may
/// hold another document's.
/// </summary>
internal sealed class SentenceBuffers : IDisposable
{
    private const int MaxKeptLength = 1 << 16;

    [ThreadStatic]
    private static SentenceBuffers? t_kept;

    private Region<Token> _tokens = new(1024);
    private Region<ulong> _classes = new(1024);
    private Region<string> _words = new(1024);
    private bool _keepsWords;

    private SentenceBuffers()
    {
    }

    /// <summary>Buffers for one document: the thread's kept ones if it has them, so a nested caller gets buffers of its own.</summary>
    /// <param name="keepWords">Whether <see cref="Words"/> hands out slices too: only for a caller that reads the words
    /// no longer than the buffers live; otherwise the words get arrays of their own, which may be kept.</param>
    public static SentenceBuffers Rent(bool keepWords = false)
    {
        var buffers = t_kept ?? new SentenceBuffers();
        t_kept = null;
        buffers._keepsWords = keepWords;
        return buffers;
    }

    /// <summary>
    /// Tokenizes <paramref name="span"/> of <paramref name="text"/> as <see cref="Tokenizer.Tokenize(string, TextSpan)"/>
    /// does, appending the tokens' lower-case hashes to <paramref name="lowerHashes"/>, and returns the tokens.
    /// </summary>
    public ArraySegment<Token> Tokenize(string text, TextSpan span, List<int> lowerHashes)
    {
        var list = TokenBuffer<Token>.Rent();
        Tokenizer.Tokenize(text, span, list, lowerHashes);
        var tokens = _tokens.Take(list.Count);
        CollectionsMarshal.AsSpan(list).CopyTo(tokens);
        TokenBuffer<Token>.Return(list);
        return tokens;
    }

    /// <summary>Room for <paramref name="count"/> tokens; it holds whatever was there before.</summary>
    public ArraySegment<Token> Tokens(int count) => _tokens.Take(count);

    /// <summary>Room for the classes of <paramref name="count"/> words; it holds whatever was there before.</summary>
    public ArraySegment<ulong> Classes(int count) => _classes.Take(count);

    /// <summary>Room for <paramref name="count"/> words: a slice of the buffers when they keep words, else an array of its own.</summary>
    public ArraySegment<string> Words(int count) => _keepsWords ? _words.Take(count) : new string[count];

    /// <summary>Gives the buffers back to the thread; the slices handed out must no longer be read.</summary>
    public void Dispose()
    {
        _tokens.Reset();
        _classes.Reset();
        _words.Reset();
        if (_tokens.Length <= MaxKeptLength && _classes.Length <= MaxKeptLength && _words.Length <= MaxKeptLength)
        {
            t_kept = this;
        }
    }

    /// <summary>An array handed out in consecutive slices.</summary>
    private struct Region<T>(int length)
    {
        private T[] items = new T[length];
        private int count;

        public readonly int Length => items.Length;

        public ArraySegment<T> Take(int length)
        {
            if (count + length > items.Length)
            {
                // Earlier slices stay on the old array; later ones go into a larger one.
                items = new T[Math.Max(items.Length * 2, length)];
                count = 0;
            }

            var slice = new ArraySegment<T>(items, count, length);
            count += length;
            return slice;
        }

        public void Reset()
        {
            // Kept words would keep strings alive that no pool holds.
            if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
            {
                Array.Clear(items, 0, count);
            }

            count = 0;
        }
    }
}
