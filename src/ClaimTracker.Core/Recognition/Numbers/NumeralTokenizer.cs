using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using ClaimTracker.Recognition.Actors;
using ClaimTracker.Text;

namespace ClaimTracker.Recognition.Numbers;

/// <summary>
/// Splits text into words, numerals and symbols in one left-to-right pass. Digit runs are read here, at
/// character level, because their separators ("1,200", "40 000", "4.1") and what they are glued to
/// ("192.168.1.2", "5/17/2018") decide whether they are numbers at all.
/// </summary>
internal static class NumeralTokenizer
{
    // A decimal holds 28-29 significant digits; larger runs are ids, and capping keeps every product in range.
    private const int MaxIntegerDigits = 15;
    private const int MaxFractionDigits = 10;

    // Characters this tokenizer and the scan's word tokenizer read differently: control characters other than tab,
    // line feed and carriage return, and the Unicode line and paragraph separators.
    private static readonly SearchValues<char> ScanDisagreements = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016"
        + "\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088"
        + "\u0089\u008A\u008B\u008C\u008D\u008E\u008F\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B"
        + "\u009C\u009D\u009E\u009F\u2028\u2029");

    public static List<NumeralToken> Tokenize(string text, int start, int end, FrozenSet<string> spaceGroupingBlockers) =>
        Tokenize(text, start, end, spaceGroupingBlockers, []);

    /// <summary>Appends the tokens of <c>[start, end)</c> to <paramref name="tokens"/> and returns it.</summary>
    public static List<NumeralToken> Tokenize(string text, int start, int end, FrozenSet<string> spaceGroupingBlockers, List<NumeralToken> tokens) =>
        Tokenize(text, start, end, spaceGroupingBlockers, tokens, []);

    /// <summary>
    /// As <see cref="Tokenize(string, int, int, FrozenSet{string}, List{NumeralToken})"/>, reading the tokens from
    /// <paramref name="words"/>, the scan tokens of exactly <c>[start, end)</c>: a word of letters or a single character
    /// other than a digit or '.' is one token as it stands, and only the other words are read character by character.
    /// </summary>
    public static List<NumeralToken> Tokenize(
        string text, int start, int end, FrozenSet<string> spaceGroupingBlockers, List<NumeralToken> tokens, ReadOnlySpan<WordToken> words)
    {
        tokens.EnsureCapacity(Tokenizer.CapacityFor(end - start));
        var reader = new Reader(text, start, end, spaceGroupingBlockers, tokens);

        // The scan counts only whitespace as space and only '\n' and '\r' as line breaks; this tokenizer also other
        // control characters and the Unicode line separators.
        if (words.IsEmpty || text.AsSpan(start, end - start).ContainsAny(ScanDisagreements))
        {
            while (reader.Position < end)
            {
                reader.Step();
            }

            return tokens;
        }

        ScanWordWalk.Read(ref reader, words, end);
        return tokens;
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsGroupSpace(char c) => c is ' ' or '\u00A0' or '\u202F' or '\u2009';

    private static bool StartsUrl(string text, int i, int end)
    {
        // Asked at every word: most begin with neither letter.
        if (text[i] is not ('h' or 'H' or 'w' or 'W'))
        {
            return false;
        }

        var rest = text.AsSpan(i, Math.Min(8, end - i));
        return rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
    }

    private static int SkipToWhitespace(string text, int i, int end)
    {
        while (i < end && !char.IsWhiteSpace(text[i]) && !char.IsControl(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int ScanWord(string text, int i, int end)
    {
        var j = i + 1;
        while (j < end)
        {
            var c = text[j];
            if (char.IsAsciiLetter(c) || char.IsLetter(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                j++;
            }
            else if (c is '\'' or '\u2019' && j + 1 < end && char.IsLetter(text[j + 1]))
            {
                j += 2;
            }
            else
            {
                break;
            }
        }

        return j;
    }

    /// <summary>Consumes digits joined by '/', ':', '.', '-' or ',' — a date, time, version, phone number or id.</summary>
    private static NumeralToken OpaqueRun(string text, int start, int j, int end)
    {
        while (j < end && (IsDigit(text[j]) || (text[j] is '/' or ':' or '.' or '-' or ',' && j + 1 < end && IsDigit(text[j + 1]))))
        {
            j++;
        }

        return new NumeralToken(NumeralTokenKind.Opaque, start, j, false, false);
    }

    private static bool HasDigits(string text, int from, int count, int end)
    {
        if (from + count > end)
        {
            return false;
        }

        for (var k = from; k < from + count; k++)
        {
            if (!IsDigit(text[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool DigitAt(string text, int index, int end) => index < end && IsDigit(text[index]);

    private static NumeralToken ScanNumeral(string text, int i, int windowStart, int end, bool allowSpaceGrouping)
    {
        var digits = new DigitRun();
        var j = i;
        while (j < end && IsDigit(text[j]))
        {
            j++;
        }

        var integerLength = j - i;
        if (integerLength > MaxIntegerDigits)
        {
            return OpaqueRun(text, i, j, end);
        }

        digits.Append(text.AsSpan(i, integerLength));
        var grouped = false;
        if (integerLength is >= 1 and <= 3)
        {
            while (j < end && text[j] == ',' && HasDigits(text, j + 1, 3, end) && !DigitAt(text, j + 4, end) && digits.Length + 3 <= MaxIntegerDigits)
            {
                digits.Append(text.AsSpan(j + 1, 3));
                j += 4;
                grouped = true;
            }

            // "40 000" and "1 234 567" group with spaces; a plain space only when no date word precedes ("March 4 200").
            var commaGrouped = grouped;
            while (!commaGrouped && j < end && IsGroupSpace(text[j]) && (text[j] != ' ' || allowSpaceGrouping)
                && HasDigits(text, j + 1, 3, end) && !DigitAt(text, j + 4, end) && digits.Length + 3 <= MaxIntegerDigits)
            {
                digits.Append(text.AsSpan(j + 1, 3));
                j += 4;
                grouped = true;
            }
        }

        // "22,24,26,31" is a list, so a comma right before this numeral rules out a decimal comma.
        var inCommaList = i - 2 >= windowStart && text[i - 1] == ',' && IsDigit(text[i - 2]);
        if (j + 1 < end && text[j] == '.' && IsDigit(text[j + 1]))
        {
            var k = j + 1;
            while (k < end && IsDigit(text[k]))
            {
                k++;
            }

            if ((k + 1 < end && text[k] == '.' && IsDigit(text[k + 1])) || k - j - 1 > MaxFractionDigits)
            {
                return OpaqueRun(text, i, k, end);
            }

            digits.AppendFraction(text.AsSpan(j + 1, k - j - 1));
            j = k;
        }
        else if (!grouped && !inCommaList && j + 1 < end && text[j] == ',' && IsDigit(text[j + 1]))
        {
            var k = j + 1;
            while (k < end && IsDigit(text[k]))
            {
                k++;
            }

            var isList = k + 1 < end && text[k] == ',' && IsDigit(text[k + 1]);
            if (k - j - 1 <= 2 && !isList)
            {
                digits.AppendFraction(text.AsSpan(j + 1, k - j - 1));
                j = k;
            }
        }

        if (j + 1 < end && text[j] is '/' or ':' && IsDigit(text[j + 1]))
        {
            return OpaqueRun(text, i, j, end);
        }

        return new NumeralToken(NumeralTokenKind.Numeral, i, j, false, false, digits.Value);
    }

    /// <summary>
    /// The digits of a numeral read into a decimal as they are met, with as many decimals as were written ("4.10" keeps
    /// two), as parsing their text would give. At most 15 + 10 digits, so the mantissa always fits a decimal's 96 bits.
    /// </summary>
    private struct DigitRun
    {
        private UInt128 mantissa;
        private byte scale;

        /// <summary>How many integer digits were read.</summary>
        public int Length { get; private set; }

        public readonly decimal Value =>
            new((int)(uint)mantissa, (int)(uint)(mantissa >> 32), (int)(uint)(mantissa >> 64), false, scale);

        public void Append(ReadOnlySpan<char> digits)
        {
            Push(digits);
            Length += digits.Length;
        }

        public void AppendFraction(ReadOnlySpan<char> digits)
        {
            Push(digits);
            scale += (byte)digits.Length;
        }

        private void Push(ReadOnlySpan<char> digits)
        {
            foreach (var c in digits)
            {
                mantissa = (mantissa * 10) + (uint)(c - '0');
            }
        }
    }

    /// <summary>The state of one left-to-right read: the next character and what separates the next token from the last.</summary>
    private struct Reader(string text, int start, int end, FrozenSet<string> spaceGroupingBlockers, List<NumeralToken> tokens) : IScanWordReader
    {
        private readonly int windowStart = start;
        private bool space;
        private bool lineBreak;

        /// <summary>The next character to read.</summary>
        public int Position { get; private set; } = start;

        /// <summary>Reads one whitespace or control character or one token.</summary>
        public void Step()
        {
            var i = Position;
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = true;
                lineBreak |= c is '\n' or '\r' or '\u2028' or '\u2029' || (char.IsControl(c) && c != '\t');
                Position = i + 1;
                return;
            }

            if (char.IsLetter(c) && StartsUrl(text, i, end))
            {
                Add(new NumeralToken(NumeralTokenKind.Opaque, i, SkipToWhitespace(text, i, end), false, false));
            }
            else if (char.IsLetter(c))
            {
                Add(new NumeralToken(NumeralTokenKind.Word, i, ScanWord(text, i, end), false, false));
            }
            else if (IsDigit(c) || (c == '.' && i + 1 < end && IsDigit(text[i + 1]) && (i == windowStart || !IsDigit(text[i - 1]))))
            {
                var previousWord = tokens.Count > 0 && tokens[^1].Kind == NumeralTokenKind.Word
                    ? text.AsSpan(tokens[^1].Start, tokens[^1].End - tokens[^1].Start)
                    : ReadOnlySpan<char>.Empty;
                var allowSpaceGrouping = previousWord.IsEmpty || !spaceGroupingBlockers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(previousWord);
                Add(ScanNumeral(text, i, windowStart, end, allowSpaceGrouping));
            }
            else
            {
                Add(new NumeralToken(NumeralTokenKind.Symbol, i, i + 1, false, false));
            }
        }

        /// <summary>Passes the whitespace up to <paramref name="next"/>, which has a line break in it or not.</summary>
        public void SkipSpace(int next, bool lineBreakBefore)
        {
            lineBreak |= lineBreakBefore;
            if (next > Position)
            {
                space = true;
                Position = next;
            }
        }

        /// <summary>
        /// A word of letters is one token unless it starts a URL or an apostrophe follows it, as is a single character
        /// other than a letter, a digit or '.'.
        /// </summary>
        public bool TryTake(WordToken word)
        {
            var c = text[word.Start];
            if (word.Word.IsLetters && !StartsUrl(text, word.Start, end) && !(word.End < end && text[word.End] is '\'' or '\u2019'))
            {
                Add(new NumeralToken(NumeralTokenKind.Word, word.Start, word.End, false, false));
                return true;
            }

            if (word.End - word.Start == 1 && !char.IsLetter(c) && !IsDigit(c) && c != '.')
            {
                Add(new NumeralToken(NumeralTokenKind.Symbol, word.Start, word.End, false, false));
                return true;
            }

            return false;
        }

        /// <summary>Adds <paramref name="token"/> with what separates it from the last one, and reads on after it.</summary>
        private void Add(NumeralToken token)
        {
            tokens.Add(token with { SpaceBefore = space, BreakBefore = lineBreak });
            Position = token.End;
            space = false;
            lineBreak = false;
        }
    }
}
