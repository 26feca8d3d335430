using System.Runtime.InteropServices;
using ClaimTracker.Documents;

namespace ClaimTracker.Text;

/// <summary>
/// The tokens of one document's sentences, one sentence after another in an array the thread keeps for its next
/// document: a token list per sentence was a tenth of all the pipeline allocated. Each sentence's tokens are a slice
/// that stays valid until <see cref="Dispose"/>, after which the array may hold another document's tokens.
/// </summary>
internal sealed class SentenceTokens : IDisposable
{
    private const int MaxKeptLength = 1 << 16;

    [ThreadStatic]
    private static Token[]? t_kept;

    private Token[] _tokens;
    private int _count;

    private SentenceTokens(Token[] tokens) => _tokens = tokens;

    /// <summary>A store for one document: the thread's kept array if it has one, so a nested caller gets an array of its own.</summary>
    public static SentenceTokens Rent()
    {
        var tokens = t_kept ?? new Token[1024];
        t_kept = null;
        return new SentenceTokens(tokens);
    }

    /// <summary>
    /// Tokenizes <paramref name="span"/> of <paramref name="text"/> as <see cref="Tokenizer.Tokenize(string, TextSpan)"/>
    /// does, appending the tokens' lower-case hashes to <paramref name="lowerHashes"/>, and returns the tokens.
    /// </summary>
    public IReadOnlyList<Token> Add(string text, TextSpan span, List<int> lowerHashes)
    {
        var list = TokenBuffer<Token>.Rent();
        Tokenizer.Tokenize(text, span, list, lowerHashes);
        var tokens = CollectionsMarshal.AsSpan(list);
        if (_count + tokens.Length > _tokens.Length)
        {
            // Earlier sentences keep their slices of the old array; later ones go into a larger one.
            _tokens = new Token[Math.Max(_tokens.Length * 2, tokens.Length)];
            _count = 0;
        }

        tokens.CopyTo(_tokens.AsSpan(_count));
        var slice = new ArraySegment<Token>(_tokens, _count, tokens.Length);
        _count += tokens.Length;
        TokenBuffer<Token>.Return(list);
        return slice;
    }

    /// <summary>Gives the array back to the thread; the slices handed out must no longer be read.</summary>
    public void Dispose()
    {
        if (_tokens.Length <= MaxKeptLength)
        {
            t_kept = _tokens;
        }

        _tokens = [];
        _count = 0;
    }
}
