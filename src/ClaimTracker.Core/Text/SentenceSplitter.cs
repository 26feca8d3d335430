using System.Buffers;

namespace ClaimTracker.Text;

/// <summary>
/// Splits text into sentences with a single forward scan. A line break always ends a sentence (news text puts each
/// paragraph, heading and credit line on its own line); inside a line, '.', '!', '?' and '…' end one when white space
/// and a word that is not lower-case follow, except after abbreviations ("Dr.", "Gen.", "No. 5", "e.g."), initials,
/// and inside tokens such as "U.S.-Israeli" or "4.1". Closing quotes and brackets stay with their sentence.
/// </summary>
public sealed class SentenceSplitter
{
    private static readonly SearchValues<char> Terminators = SearchValues.Create(".!?…");

    private readonly AbbreviationList _abbreviations;

    private SentenceSplitter(AbbreviationList abbreviations) => _abbreviations = abbreviations;

    /// <summary>The splitter with the embedded English abbreviation list. Thread-safe.</summary>
    public static SentenceSplitter Default { get; } = new(AbbreviationList.Default);

    /// <summary>Splits <paramref name="text"/> into sentences in reading order; never throws on any string.</summary>
    /// <param name="text">The text to split; spans index it.</param>
    public IReadOnlyList<Sentence> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<Sentence>();
        var paragraph = 0;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            if (SplitLine(text, lineStart, lineEnd, paragraph, sentences))
            {
                paragraph++;
            }

            lineStart = lineEnd + 1;
        }

        return sentences;
    }

    /// <summary>Adds the sentences of one line; returns whether the line had any text.</summary>
    private bool SplitLine(string text, int lineStart, int lineEnd, int paragraph, List<Sentence> sentences)
    {
        var before = sentences.Count;
        var start = lineStart;
        var i = lineStart;
        while (i < lineEnd)
        {
            // Most of a line is not a terminator: a vectorized search skips to the next one.
            var found = text.AsSpan(i, lineEnd - i).IndexOfAny(Terminators);
            if (found < 0)
            {
                break;
            }

            i += found;
            var afterMark = i + 1;
            while (afterMark < lineEnd && IsTerminator(text[afterMark]))
            {
                afterMark++;
            }

            while (afterMark < lineEnd && IsClosing(text[afterMark]))
            {
                afterMark++;
            }

            if (afterMark >= lineEnd || !char.IsWhiteSpace(text[afterMark]))
            {
                i = afterMark;
                continue;
            }

            var next = afterMark;
            while (next < lineEnd && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next < lineEnd && EndsSentence(text, i, next))
            {
                Add(text, start, afterMark, paragraph, sentences);
                start = next;
            }

            i = next;
        }

        Add(text, start, lineEnd, paragraph, sentences);
        return sentences.Count > before;
    }

    private bool EndsSentence(string text, int mark, int next)
    {
        var following = text[next];
        if (char.IsLower(following))
        {
            return false;
        }

        if (text[mark] != '.')
        {
            return true;
        }

        var wordStart = mark;
        while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]) && !IsOpening(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, mark + 1 - wordStart);
        var lookup = _abbreviations.Never.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.Contains(word))
        {
            return false;
        }

        if (_abbreviations.BeforeNumber.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            return !char.IsDigit(following);
        }

        if (word.Length == 2 && char.IsUpper(word[0]))
        {
            // An initial, as in "J. Smith".
            return false;
        }

        if (_abbreviations.MayEnd.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || IsDottedInitials(word))
        {
            return _abbreviations.SentenceOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(NextWord(text, next));
        }

        return true;
    }

    /// <summary>Letters separated by periods, such as "N.A.T.O." or "U.A.E.".</summary>
    private static bool IsDottedInitials(ReadOnlySpan<char> word)
    {
        if (word.Length < 4)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            var expectLetter = i % 2 == 0;
            if (expectLetter ? !char.IsLetter(word[i]) : word[i] != '.')
            {
                return false;
            }
        }

        return true;
    }

    private static ReadOnlySpan<char> NextWord(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text.AsSpan(start, end - start);
    }

    private static void Add(string text, int start, int end, int paragraph, List<Sentence> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new Sentence(sentences.Count, new(start, end), paragraph));
        }
    }

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '…';

    private static bool IsClosing(char c) => c is '"' or '”' or '’' or '\'' or ')' or ']' or '»';

    private static bool IsOpening(char c) => c is '"' or '“' or '‘' or '(' or '[' or '«';
}
