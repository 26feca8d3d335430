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
        var end = Math.Clamp(span.End, 0, text.Length);
        var i = Math.Clamp(span.Start, 0, end);

        var tokens = new List<Token>(CapacityFor(end - i));
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsLetterOrDigit(c))
            {
                var tokenEnd = ScanWord(text, i, end);
                tokens.Add(new Token(new TextSpan(i, tokenEnd), IsNumber(text.AsSpan(i, tokenEnd - i)) ? TokenKind.Number : TokenKind.Word));
                i = tokenEnd;
            }
            else
            {
                var length = char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                tokens.Add(new Token(new TextSpan(i, i + length), IsSymbol(c) ? TokenKind.Symbol : TokenKind.Punctuation));
                i += length;
            }
        }

        return tokens;
    }

    /// <summary>
    /// A list capacity for the tokens of <paramref name="length"/> characters: news text has about one token per five
    /// characters, so a list sized so rarely regrows, which for a long document means copying a large array.
    /// </summary>
    public static int CapacityFor(int length) => Math.Max(4, length / 5);

    private static int ScanWord(string text, int start, int end)
    {
        var i = start + 1;
        var hasInnerPeriod = false;
        while (i < end)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                i++;
            }
            else if (i + 1 < end && JoinsWord(text[i - 1], c, text[i + 1]))
            {
                hasInnerPeriod |= c == '.';
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
            i++;
        }

        return i;
    }

    private static bool JoinsWord(char previous, char joiner, char next) => joiner switch
    {
        '\'' or '’' => char.IsLetter(previous) && char.IsLetter(next),
        '-' or '‐' => char.IsLetterOrDigit(previous) && char.IsLetterOrDigit(next),
        ',' => char.IsDigit(previous) && char.IsDigit(next),
        '.' => (char.IsDigit(previous) && char.IsDigit(next)) || (char.IsLetter(previous) && char.IsLetter(next)),
        _ => false,
    };

    private static bool IsNumber(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (!char.IsAsciiDigit(c) && c is not ',' and not '.')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSymbol(char c) => char.IsSymbol(c) || c is '%' or '‰' or '#' or '&' or '@';
}
