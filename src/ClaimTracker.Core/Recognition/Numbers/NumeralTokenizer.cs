using System.Collections.Frozen;
using System.Globalization;
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

    public static List<NumeralToken> Tokenize(string text, int start, int end, FrozenSet<string> spaceGroupingBlockers) =>
        Tokenize(text, start, end, spaceGroupingBlockers, []);

    /// <summary>Appends the tokens of <c>[start, end)</c> to <paramref name="tokens"/> and returns it.</summary>
    public static List<NumeralToken> Tokenize(string text, int start, int end, FrozenSet<string> spaceGroupingBlockers, List<NumeralToken> tokens)
    {
        tokens.EnsureCapacity(Tokenizer.CapacityFor(end - start));
        var blockers = spaceGroupingBlockers.GetAlternateLookup<ReadOnlySpan<char>>();
        bool space = false, lineBreak = false;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = true;
                lineBreak |= c is '\n' or '\r' or '\u2028' or '\u2029' || (char.IsControl(c) && c != '\t');
                i++;
                continue;
            }

            NumeralToken token;
            if (char.IsLetter(c) && StartsUrl(text, i, end))
            {
                token = new NumeralToken(NumeralTokenKind.Opaque, i, SkipToWhitespace(text, i, end), space, lineBreak);
            }
            else if (char.IsLetter(c))
            {
                token = new NumeralToken(NumeralTokenKind.Word, i, ScanWord(text, i, end), space, lineBreak);
            }
            else if (IsDigit(c) || (c == '.' && i + 1 < end && IsDigit(text[i + 1]) && (i == start || !IsDigit(text[i - 1]))))
            {
                var previousWord = tokens.Count > 0 && tokens[^1].Kind == NumeralTokenKind.Word
                    ? text.AsSpan(tokens[^1].Start, tokens[^1].End - tokens[^1].Start)
                    : ReadOnlySpan<char>.Empty;
                var allowSpaceGrouping = previousWord.IsEmpty || !blockers.Contains(previousWord);
                token = ScanNumeral(text, i, start, end, allowSpaceGrouping) with { SpaceBefore = space, BreakBefore = lineBreak };
            }
            else
            {
                token = new NumeralToken(NumeralTokenKind.Symbol, i, i + 1, space, lineBreak);
            }

            tokens.Add(token);
            i = token.End;
            space = false;
            lineBreak = false;
        }

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
}
