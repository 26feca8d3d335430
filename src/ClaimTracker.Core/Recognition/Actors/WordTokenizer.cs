using System.Runtime.InteropServices;
using ClaimTracker.Text;

namespace ClaimTracker.Recognition.Actors;

/// <summary>
/// Splits text into words and single punctuation characters. Gazetteer names are split the same way, so
/// "U.S." is the four tokens U . S . in both and lookups compare token sequences.
/// </summary>
internal static class WordTokenizer
{
    /// <summary>Appends the tokens of [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/>, their words
    /// from <paramref name="vocabulary"/>, to <paramref name="tokens"/>.</summary>
    public static void Tokenize(string text, int start, int end, ScanVocabulary vocabulary, List<WordToken> tokens)
    {
        tokens.EnsureCapacity(tokens.Count + Tokenizer.CapacityFor(end - start));

        // A span ending at the window lets the loops read characters without range checks.
        var chars = text.AsSpan(0, end);
        var space = false;
        var lineBreak = false;
        var i = start;
        while ((uint)i < (uint)chars.Length)
        {
            var c = chars[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                lineBreak |= c is '\n' or '\r';
                i++;
                continue;
            }

            // The word's hash is folded in as its characters are read.
            var tokenStart = i;
            var hash = WordTable<ScanWord>.Step(WordTable<ScanWord>.OffsetBasis, c);
            i++;
            if (char.IsLetterOrDigit(c))
            {
                while ((uint)i < (uint)chars.Length && (char.IsLetterOrDigit(c = chars[i]) || IsMark(c)))
                {
                    hash = WordTable<ScanWord>.Step(hash, c);
                    i++;
                }
            }

            tokens.Add(new WordToken(tokenStart, vocabulary.WordOf(chars[tokenStart..i], hash), space, lineBreak));
            space = false;
            lineBreak = false;
        }
    }

    /// <summary>The tokens of a gazetteer phrase; their words carry no gazetteer starts.</summary>
    public static WordToken[] Tokenize(string text)
    {
        var tokens = TokenBuffer<WordToken>.Rent();
        Tokenize(text, 0, text.Length, ScanVocabulary.Unkept, tokens);
        var result = CollectionsMarshal.AsSpan(tokens).ToArray();
        TokenBuffer<WordToken>.Return(tokens);
        return result;
    }

    private static bool IsMark(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;
}
