using System.Runtime.InteropServices;
using ClaimTracker.Documents;

namespace ClaimTracker.Text;

/// <summary>
/// The tokens and word classes of one document's sentences, one sentence after another in arrays the thread keeps for
/// its next document: a token list and a class array per sentence were an eighth of all the pipeline allocated. Each
/// sentence's part is a slice that stays valid until <see cref="Dispose"/>, after which the arrays may hold another
/// document's.
/// </summary>
internal sealed class SentenceBuffers : IDisposable
{
    private const int MaxKeptLength = 1 << 16;

    [ThreadStatic]
    private static SentenceBuffers? t_kept;

    private Region<Token> _tokens = new(1024);
    private Region<ulong> _classes = new(1024);

    private SentenceBuffers()
    {
    }

    /// <summary>Buffers for one document: the thread's kept ones if it has them, so a nested caller gets buffers of its own.</summary>
    public static SentenceBuffers Rent()
    {
        var buffers = t_kept ?? new SentenceBuffers();
        t_kept = null;
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

    /// <summary>Room for the classes of <paramref name="count"/> words; it holds whatever was there before.</summary>
    public ArraySegment<ulong> Classes(int count) => _classes.Take(count);

    /// <summary>Gives the buffers back to the thread; the slices handed out must no longer be read.</summary>
    public void Dispose()
    {
        _tokens.Reset();
        _classes.Reset();
        if (_tokens.Length <= MaxKeptLength && _classes.Length <= MaxKeptLength)
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

        public void Reset() => count = 0;
    }
}
