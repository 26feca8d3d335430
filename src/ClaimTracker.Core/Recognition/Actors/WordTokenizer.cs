using System.Runtime.InteropServices;
using ClaimTracker.Text;

namespace ClaimTracker.Recognition.Actors;

/// <summary>
/// Splits text into words and single punctuation characters. Gazetteer names are split the same way, so
/// "U.S." is the four tokens U . S . in both and lookups compare token sequences.
/// </summary>
internal static class WordTokenizer
{
    public static WordToken[] Tokenize(string text, int start, int end)
    {
        // Tokens gather in the thread's kept list and leave as one array of the exact size: a scan keeps its
        // tokens, so growing a fresh list per text would allocate them about twice.
        var tokens = TokenBuffer<WordToken>.Rent();
        tokens.EnsureCapacity(Tokenizer.CapacityFor(end - start));
        var space = false;
        var lineBreak = false;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                lineBreak |= c is '\n' or '\r';
                i++;
                continue;
            }

            var tokenStart = i;
            if (char.IsLetterOrDigit(c))
            {
                while (i < end && (char.IsLetterOrDigit(text[i]) || IsMark(text[i])))
                {
                    i++;
                }
            }
            else
            {
                i++;
            }

            var word = WordPool.Intern(text.AsSpan(tokenStart, i - tokenStart));
            tokens.Add(new WordToken(tokenStart, i, word.Text, word.Lower, i - tokenStart > 1 || char.IsLetterOrDigit(c), space, lineBreak));
            space = false;
            lineBreak = false;
        }

        var result = CollectionsMarshal.AsSpan(tokens).ToArray();
        TokenBuffer<WordToken>.Return(tokens);
        return result;
    }

    public static WordToken[] Tokenize(string text) => Tokenize(text, 0, text.Length);

    private static bool IsMark(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;
}
