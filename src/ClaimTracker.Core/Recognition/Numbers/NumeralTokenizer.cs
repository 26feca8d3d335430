using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.CompilerServices;
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

    // Words up to this long are lower-cased for the role lookup as they are read; longer ones are looked up afterwards.
    private const int MaxFoldedLength = 64;

    public static List<NumeralToken> Tokenize(string text, int start, int end, FrozenSet<string> spaceGroupingBlockers) =>
        Tokenize(text, start, end, spaceGroupingBlockers, [], null, null);

    /// <summary>
    /// Appends the tokens of <c>[start, end)</c> to <paramref name="tokens"/> and returns it. With <paramref name="vocabulary"/>,
    /// also appends each token's roles to <paramref name="roles"/>, index-aligned: a word's are found from the same pass
    /// over its characters that reads it, since nearly every token of a text is a word.
    /// </summary>
    public static List<NumeralToken> Tokenize(
        string text, int start, int end, FrozenSet<string> spaceGroupingBlockers, List<NumeralToken> tokens, WordRoles? vocabulary, List<WordRole>? roles)
    {
        tokens.EnsureCapacity(Tokenizer.CapacityFor(end - start));
        roles?.EnsureCapacity(roles.Count + Tokenizer.CapacityFor(end - start));
        var blockers = spaceGroupingBlockers.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> folded = stackalloc char[MaxFoldedLength];
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
            var role = WordRole.None;
            if (char.IsLetter(c) && StartsUrl(text, i, end))
            {
                token = new NumeralToken(NumeralTokenKind.Opaque, i, SkipToWhitespace(text, i, end), space, lineBreak);
            }
            else if (char.IsLetter(c))
            {
                var fold = new AsciiFold(folded);
                token = new NumeralToken(NumeralTokenKind.Word, i, ScanWord(text, i, end, ref fold), space, lineBreak);
                if (vocabulary is not null)
                {
                    role = fold.Complete
                        ? vocabulary.OfFolded(fold.Lower, fold.Hash)
                        : vocabulary.Of(text.AsSpan(token.Start, token.End - token.Start));
                }
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

            if (vocabulary is not null && token.Kind != NumeralTokenKind.Word)
            {
                role = vocabulary.Of(text.AsSpan(token.Start, token.End - token.Start));
            }

            tokens.Add(token);
            roles?.Add(role);
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

    private static int ScanWord(string text, int i, int end, ref AsciiFold fold)
    {
        fold.Add(text[i]);
        var j = i + 1;
        while (j < end)
        {
            var c = text[j];
            if (char.IsAsciiLetter(c) || char.IsLetter(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                fold.Add(c);
                j++;
            }
            else if (c is '\'' or '\u2019' && j + 1 < end && char.IsLetter(text[j + 1]))
            {
                fold.Add(c);
                fold.Add(text[j + 1]);
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
    /// A word lower-cased and hashed as <see cref="WordRoles"/> compares it, character by character as the tokenizer reads
    /// it; complete only when every character was ASCII and the buffer held them all.
    /// </summary>
    private ref struct AsciiFold(Span<char> buffer)
    {
        private readonly Span<char> buffer = buffer;
        private int length;
        private bool ascii = true;

        public int Hash { get; private set; } = WordTable<StrongBox<WordRole>>.OffsetBasis;

        public readonly bool Complete => ascii && length <= buffer.Length;

        public readonly ReadOnlySpan<char> Lower => buffer[..length];

        public void Add(char c)
        {
            if (!char.IsAscii(c))
            {
                ascii = false;
                return;
            }

            c = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
            if (length < buffer.Length)
            {
                buffer[length] = c;
            }

            length++;
            Hash = WordTable<StrongBox<WordRole>>.Step(Hash, c);
        }
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
