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
    /// As <see cref="Tokenize(string, TextSpan, List{DateToken}, VocabularyWords?)"/>, reading the tokens from
    /// <paramref name="words"/>, the scan tokens of exactly <paramref name="window"/>, whose words carry
    /// <paramref name="known"/>'s entries: a word of letters or a single other character is one date token as it stands,
    /// with the entry its word carries, and only words with digits or marks are read character by character.
    /// </summary>
    public static List<DateToken> Tokenize(string text, TextSpan window, List<DateToken> tokens, VocabularyWords? known, ReadOnlySpan<WordToken> words)
    {
        tokens.EnsureCapacity(Tokenizer.CapacityFor(window.Length));
        var reader = new Reader(text, window, tokens, known);

        // The scan marks '\n' and '\r' as line breaks, not the Unicode line and paragraph separators.
        if (known is null || words.IsEmpty || text.AsSpan(window.Start, window.Length).ContainsAny('\u2028', '\u2029'))
        {
            while (reader.Position < window.End)
                reader.Step();
            return tokens;
        }

        ScanWordWalk.Read(ref reader, words, window.End);
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
        return new DateToken(kind, start, i, suffix, isDecimal ? -1 : value, digits, false, spaceBefore, paragraph, '\0', !isDecimal, false);
    }

    private static int ParseDigits(string text, int start, int end)
    {
        var value = 0;
        for (var k = start; k < end; k++)
            value = (value * 10) + (text[k] - '0');
        return value;
    }

    /// <summary>The state of one left-to-right read: the next character, the paragraph and what precedes the next token.</summary>
    private struct Reader(string text, TextSpan window, List<DateToken> tokens, VocabularyWords? known) : IScanWordReader
    {
        private int paragraph;
        private bool spaceBefore = true;
        private bool lineBreakPending;

        /// <summary>The next character to read.</summary>
        public int Position { get; private set; } = window.Start;

        /// <summary>Reads one whitespace character or one token.</summary>
        public void Step()
        {
            var i = Position;
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                lineBreakPending |= c is '\n' or '\r' or '\u2028' or '\u2029';
                spaceBefore = true;
                Position = i + 1;
                return;
            }

            if (char.IsLetter(c))
            {
                while (i < window.End && char.IsLetter(text[i]))
                    i++;
                var word = text.AsSpan(Position, i - Position);
                AddWord(Position, i, known?.Find(word) ?? new VocabularyWord(WordPool.Lower(word), true, true), char.IsUpper(c));
            }
            else if (char.IsAsciiDigit(c))
            {
                StartToken();
                tokens.Add(ReadNumber(text, window.End, ref i, spaceBefore, paragraph));
                Position = i;
                spaceBefore = false;
            }
            else
            {
                AddSymbol(i);
            }
        }

        /// <summary>Passes the whitespace up to <paramref name="next"/>, which has a line break in it or not.</summary>
        public void SkipSpace(int next, bool lineBreakBefore)
        {
            lineBreakPending |= lineBreakBefore;
            if (next > Position)
            {
                spaceBefore = true;
                Position = next;
            }
        }

        /// <summary>A word of letters is one date token, with the entry its word carries, as is a single character other than a digit.</summary>
        public bool TryTake(WordToken word)
        {
            if (word.Word.IsLetters)
            {
                AddWord(word.Start, word.End, word.Word.DateWord, word.IsCapitalised);
                return true;
            }

            if (word.End - word.Start == 1 && !char.IsAsciiDigit(text[word.Start]))
            {
                AddSymbol(word.Start);
                return true;
            }

            return false;
        }

        private void AddWord(int start, int end, VocabularyWord word, bool capitalized)
        {
            StartToken();
            tokens.Add(new DateToken(DateTokenKind.Word, start, end, word.Lower, -1, 0, capitalized, spaceBefore, paragraph, '\0',
                word.StartsExpression, word.NamesUnit));
            Position = end;
            spaceBefore = false;
        }

        private void AddSymbol(int at)
        {
            StartToken();
            tokens.Add(new DateToken(DateTokenKind.Symbol, at, at + 1, string.Empty, -1, 0, false, spaceBefore, paragraph, text[at], false, false));
            Position = at + 1;
            spaceBefore = false;
        }

        private void StartToken()
        {
            if (lineBreakPending)
            {
                paragraph++;
                lineBreakPending = false;
            }
        }
    }
}
