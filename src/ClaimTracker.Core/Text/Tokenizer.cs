using ClaimTracker.Documents;

namespace ClaimTracker.Text;

/// <summary>
/// Splits a span of text into word, number, punctuation and symbol tokens. Words keep their inner apostrophes,
/// hyphens and abbreviation periods ("Iran's", "twenty-one", "U.S."); numbers keep their separators
/// ("1,200", "4.1").
/// </summary>
internal static class Tokenizer
{
    /// <summary>Tokenizes <paramref name="span"/> of <paramref name="text"/>; token spans index <paramref name="text"/>.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="span">The part to tokenize, usually a sentence.</param>
    public static IReadOnlyList<Token> Tokenize(string text, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(CapacityFor(Math.Clamp(span.End, 0, text.Length) - Math.Clamp(span.Start, 0, text.Length)));
        Tokenize(text, span, tokens, null);
        return tokens;
    }

    /// <summary>
    /// Appends the tokens of <paramref name="span"/> of <paramref name="text"/> to <paramref name="tokens"/> and, for
    /// each, to <paramref name="lowerHashes"/> the <see cref="WordTable{T}"/> hash of its lower-cased text when the token
    /// is all ASCII, else 0. The hashes are folded in while the characters are read, so <see cref="WordPool"/> need not
    /// read them again.
    /// </summary>
    public static void Tokenize(string text, TextSpan span, List<Token> tokens, List<int>? lowerHashes)
    {
        ArgumentNullException.ThrowIfNull(text);
        var end = Math.Clamp(span.End, 0, text.Length);
        var i = Math.Clamp(span.Start, 0, end);

        tokens.EnsureCapacity(tokens.Count + CapacityFor(end - i));
        lowerHashes?.EnsureCapacity(lowerHashes.Count + CapacityFor(end - i));
        while (i < end)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var token = Read(text, i, end, out var lowerHash);
            tokens.Add(token);
            lowerHashes?.Add(lowerHash);
            i = token.Span.End;
        }
    }

    /// <summary>
    /// The token that starts at <paramref name="start"/>, a character that is not white space, and ends at or before
    /// <paramref name="end"/>; <paramref name="asciiLowerHash"/> is the <see cref="WordTable{T}"/> hash of its
    /// lower-cased text when it is an all-ASCII word or number, else 0.
    /// </summary>
    public static Token Read(string text, int start, int end, out int asciiLowerHash)
    {
        var c = text[start];
        if (char.IsLetterOrDigit(c))
        {
            var word = ScanWord(text, start, end);
            asciiLowerHash = word.AsciiLowerHash;
            return new Token(new TextSpan(start, word.End), word.IsNumber ? TokenKind.Number : TokenKind.Word);
        }

        asciiLowerHash = 0;
        var length = char.IsHighSurrogate(c) && start + 1 < end && char.IsLowSurrogate(text[start + 1]) ? 2 : 1;
        return new Token(new TextSpan(start, start + length), IsSymbol(c) ? TokenKind.Symbol : TokenKind.Punctuation);
    }

    /// <summary>
    /// The kind of the one token that <paramref name="piece"/>, standing alone, is read as; or null when it is read as
    /// more or less than one token. A word or number read so may still grow in context: see <see cref="MayJoin"/>.
    /// </summary>
    public static TokenKind? KindOfWhole(ReadOnlySpan<char> piece)
    {
        if (piece.IsEmpty || char.IsWhiteSpace(piece[0]) || char.IsSurrogate(piece[0]))
        {
            return null;
        }

        if (!char.IsLetterOrDigit(piece[0]))
        {
            return piece.Length == 1 ? IsSymbol(piece[0]) ? TokenKind.Symbol : TokenKind.Punctuation : null;
        }

        var number = true;
        foreach (var c in piece)
        {
            if (!ContinuesWord(c))
            {
                return null;
            }

            number &= char.IsAsciiDigit(c);
        }

        return number ? TokenKind.Number : TokenKind.Word;
    }

    /// <summary>
    /// Whether a word or number token may go on past <paramref name="next"/>, the character after its letters and
    /// digits: only the joiners of "Iran's", "twenty-one", "1,200", "4.1" and "U.S." can join it to what follows.
    /// </summary>
    public static bool MayJoin(char next) => next is '\'' or '’' or '-' or '‐' or ',' or '.';

    private static bool ContinuesWord(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark;

    /// <summary>
    /// A list capacity for the tokens of <paramref name="length"/> characters: news text has about one token per five
    /// characters, so a list sized so rarely regrows, which for a long document means copying a large array.
    /// </summary>
    public static int CapacityFor(int length) => Math.Max(4, length / 5);

    private static ScannedWord ScanWord(string text, int start, int end)
    {
        var i = start;
        var hasInnerPeriod = false;
        var scan = new ScannedWord();
        scan.Take(text[i++]);
        while (i < end)
        {
            var c = text[i];
            if (ContinuesWord(c))
            {
                scan.Take(c);
                i++;
            }
            else if (i + 1 < end && MayJoin(c) && JoinsWord(text[i - 1], c, text[i + 1]))
            {
                hasInnerPeriod |= c == '.';
                scan.Take(c);
                scan.Take(text[i + 1]);
                i += 2;
            }
            else
            {
                break;
            }
        }

        // "U.S" is followed by the period that closes the abbreviation.
        if (hasInnerPeriod && i < end && text[i] == '.' && char.IsLetter(text[i - 1]))
        {
            scan.Take('.');
            i++;
        }

        scan.End = i;
        return scan;
    }

    private static bool JoinsWord(char previous, char joiner, char next) => joiner switch
    {
        '\'' or '’' => char.IsLetter(previous) && char.IsLetter(next),
        '-' or '‐' => char.IsLetterOrDigit(previous) && char.IsLetterOrDigit(next),
        ',' => char.IsDigit(previous) && char.IsDigit(next),
        '.' => (char.IsDigit(previous) && char.IsDigit(next)) || (char.IsLetter(previous) && char.IsLetter(next)),
        _ => false,
    };

    private static bool IsSymbol(char c) => char.IsSymbol(c) || c is '%' or '‰' or '#' or '&' or '@';

    /// <summary>What reading a word token's characters found, one character at a time.</summary>
    private struct ScannedWord()
    {
        private int hash = WordTable<string>.OffsetBasis;
        private bool ascii = true;

        public int End { get; set; }

        /// <summary>Whether the token is digits and separators only ("1,200", "4.1").</summary>
        public bool IsNumber { get; private set; } = true;

        /// <summary>The hash of the lower-cased token when it is all ASCII, else 0.</summary>
        public readonly int AsciiLowerHash => ascii ? hash : 0;

        public void Take(char c)
        {
            IsNumber &= char.IsAsciiDigit(c) || c is ',' or '.';
            ascii &= char.IsAscii(c);
            hash = WordTable<string>.Step(hash, char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c);
        }
    }
}
