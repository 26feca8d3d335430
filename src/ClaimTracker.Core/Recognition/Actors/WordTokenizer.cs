using System.Runtime.InteropServices;
using ClaimTracker.Text;

namespace ClaimTracker.Recognition.Actors;

/// <summary>
/// Splits text into words and single punctuation characters. Gazetteer names are split the same way, so
/// "U.S." is the four tokens U . S . in both and lookups compare token sequences.
/// </summary>
internal static class WordTokenizer
{
    private const int MaxWords = 1 << 16;
    private const int MaxLength = 40;

    // Punctuation and other single ASCII characters are a large share of tokens: they skip the table. Shared by
    // all threads, which is safe because a word's only mutable state is replaced whole (see ScanWord).
    private static readonly ScanWord[] AsciiCharacters = [.. Enumerable.Range(0, 128).Select(c => new ScanWord(
        ((char)c).ToString(), char.ToLowerInvariant((char)c).ToString()))];

    // The words this thread has met, each with its strings and gazetteer starts; bounded like the word pool,
    // past which new or long words get a word of their own per token.
    [ThreadStatic]
    private static WordTable<ScanWord>? t_words;

    public static WordToken[] Tokenize(string text, int start, int end)
    {
        // Tokens gather in the thread's kept list and leave as one array of the exact size: a scan keeps its
        // tokens, so growing a fresh list per text would allocate them about twice.
        var tokens = TokenBuffer<WordToken>.Rent();
        tokens.EnsureCapacity(Tokenizer.CapacityFor(end - start));
        var words = t_words ??= new(MaxWords);
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

            // The word's hash is folded in as its characters are read.
            var tokenStart = i;
            var hash = WordTable<ScanWord>.OffsetBasis;
            if (char.IsLetterOrDigit(c))
            {
                while (i < end && (char.IsLetterOrDigit(text[i]) || IsMark(text[i])))
                {
                    hash = WordTable<ScanWord>.Step(hash, text[i]);
                    i++;
                }
            }
            else
            {
                hash = WordTable<ScanWord>.Step(hash, c);
                i++;
            }

            tokens.Add(new WordToken(tokenStart, WordOf(words, text.AsSpan(tokenStart, i - tokenStart), hash), space, lineBreak));
            space = false;
            lineBreak = false;
        }

        var result = CollectionsMarshal.AsSpan(tokens).ToArray();
        TokenBuffer<WordToken>.Return(tokens);
        return result;
    }

    public static WordToken[] Tokenize(string text) => Tokenize(text, 0, text.Length);

    private static ScanWord WordOf(WordTable<ScanWord> words, ReadOnlySpan<char> chars, int hash)
    {
        if (chars.Length == 1 && char.IsAscii(chars[0]))
        {
            return AsciiCharacters[chars[0]];
        }

        if (chars.Length <= MaxLength && words.Find(chars, hash) is { } known)
        {
            return known;
        }

        var written = WordPool.Intern(chars);
        var word = new ScanWord(written.Text, written.Lower);
        if (chars.Length <= MaxLength)
        {
            words.Add(word.Text, hash, word);
        }

        return word;
    }

    private static bool IsMark(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;
}
