using ClaimTracker.Documents;
using ClaimTracker.Recognition.Actors;
using ClaimTracker.Text;

namespace ClaimTracker.Recognition.Dates;

/// <summary>Splits text into words, numbers and symbols in one linear pass, counting line breaks as paragraphs.</summary>
internal static class DateTokenizer
{
    private const int MaxParsedDigits = 6;

    /// <summary>The tokens of <paramref name="window"/>, every word with its lower-cased string.</summary>
    public static List<DateToken> Tokenize(string text, TextSpan window) =>
        Tokenize(text, window, [], null);

    /// <summary>
    /// Appends the tokens of <paramref name="window"/> to <paramref name="tokens"/> and returns it. With
    /// <paramref name="known"/>, a word gets the vocabulary's lower-cased string, or an empty one when the vocabulary
    /// does not have it (no rule can tell it apart from any other such word), whether an expression may start at it and
    /// whether it names a unit; without, every word is lower-cased and may be either.
    /// </summary>
    public static List<DateToken> Tokenize(string text, TextSpan window, List<DateToken> tokens, VocabularyWords? known) =>
        Tokenize(text, window, tokens, known, []);

    /// <summary>
    /// As <see cref="Tokenize(string, TextSpan, List{DateToken}, VocabularyWords?)"/>; a word that covers exactly the
    /// characters of one of <paramref name="words"/> (scan tokens of the same text in text order, whose words carry
    /// <paramref name="known"/>'s entries) takes its entry from that word instead of a lookup.
    /// </summary>
    public static List<DateToken> Tokenize(string text, TextSpan window, List<DateToken> tokens, VocabularyWords? known, ReadOnlySpan<WordToken> words)
    {
        tokens.EnsureCapacity(Tokenizer.CapacityFor(window.Length));
        var w = 0;
        var paragraph = 0;
        var spaceBefore = true;
        var lineBreakPending = false;
        var i = window.Start;
        while (i < window.End)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                lineBreakPending |= c is '\n' or '\r' or '\u2028' or '\u2029';
                spaceBefore = true;
                i++;
                continue;
            }

            if (lineBreakPending)
            {
                paragraph++;
                lineBreakPending = false;
            }

            var start = i;
            if (char.IsLetter(c))
            {
                while (i < window.End && char.IsLetter(text[i]))
                    i++;
                var word = text.AsSpan(start, i - start);
                while (w < words.Length && words[w].Start < start)
                    w++;
                var (lower, mayStart, mayNameUnit) = w < words.Length && words[w].Start == start && words[w].End == i
                    ? words[w].Word.DateWord
                    : known?.Find(word) ?? new VocabularyWord(WordPool.Lower(word), true, true);
                tokens.Add(new DateToken(DateTokenKind.Word, start, i, lower, -1, 0, char.IsUpper(c), spaceBefore, paragraph, '\0',
                    mayStart, mayNameUnit));
            }
            else if (char.IsAsciiDigit(c))
            {
                tokens.Add(ReadNumber(text, window.End, ref i, spaceBefore, paragraph));
            }
            else
            {
                i++;
                tokens.Add(new DateToken(DateTokenKind.Symbol, start, i, string.Empty, -1, 0, false, spaceBefore,
                    paragraph, c, true, false));
            }

            spaceBefore = false;
        }

        return tokens;
    }

    private static DateToken ReadNumber(string text, int end, ref int i, bool spaceBefore, int paragraph)
    {
        var start = i;
        while (i < end && char.IsAsciiDigit(text[i]))
            i++;
        var digits = i - start;
        var value = digits <= MaxParsedDigits ? ParseDigits(text, start, i) : -1;

        // "2.6" and "1,500" are quantities; the separator must be followed by a digit to join.
        var isDecimal = false;
        while (i + 1 < end && text[i] is '.' or ',' && char.IsAsciiDigit(text[i + 1]))
        {
            isDecimal = true;
            i++;
            while (i < end && char.IsAsciiDigit(text[i]))
                i++;
        }

        var suffixStart = i;
        while (i < end && char.IsLetter(text[i]))
            i++;
        var suffix = i == suffixStart ? string.Empty : WordPool.Lower(text.AsSpan(suffixStart, i - suffixStart));
        var kind = isDecimal ? DateTokenKind.Decimal : DateTokenKind.Number;
        return new DateToken(kind, start, i, suffix, isDecimal ? -1 : value, digits, false, spaceBefore, paragraph, '\0', true, false);
    }

    private static int ParseDigits(string text, int start, int end)
    {
        var value = 0;
        for (var k = start; k < end; k++)
            value = (value * 10) + (text[k] - '0');
        return value;
    }
}
