using ClaimTracker.Documents;
using ClaimTracker.Recognition.Actors;
using ClaimTracker.Text;

namespace ClaimTracker.Claims.Extraction;

/// <summary>
/// Builds a sentence's claim-rule tokens, words and word classes from the actor scan's tokens of the same text, so the
/// sentence is not tokenized and its words not looked up a second time. A scan word is mostly one claim token as it
/// stands; where the <see cref="Tokenizer"/> would read on past it (a joiner follows, as in "Iran's" or "1,200") or
/// reads it otherwise, the tokenizer reads that token itself. Every gap between tokens is checked to be white space,
/// so the result is the tokenizer's own or nothing.
/// </summary>
internal static class ScanTokenReader
{
    /// <summary>
    /// Writes the tokens of <paramref name="span"/> of <paramref name="text"/> with their pooled lower-cased words'
    /// texts and classes by <paramref name="classifier"/>, and returns how many; or -1 when <paramref name="scan"/>, the
    /// scan's tokens from the first at or after the span's start, does not line up with the tokenizer's tokens.
    /// The outputs need room for one token per scan token of the span.
    /// </summary>
    public static int Read(string text, TextSpan span, ReadOnlySpan<WordToken> scan, IWordClassifier classifier, Span<Token> tokens, Span<string> words, Span<ulong> classes)
    {
        var end = Math.Clamp(span.End, 0, text.Length);
        var position = Math.Clamp(span.Start, 0, end);
        var count = 0;
        foreach (var token in scan)
        {
            if (token.Start < position)
            {
                // The tokenizer read this scan token as part of the one before ("'s" of "Iran's").
                if (token.End > position)
                {
                    return -1;
                }

                continue;
            }

            if (token.Start >= end)
            {
                break;
            }

            if (!IsWhiteSpace(text, position, token.Start) || count == tokens.Length)
            {
                return -1;
            }

            var word = token.Word;
            var tokenEnd = token.End;
            if (word.TokenKind is { } kind && tokenEnd <= end
                && (kind is TokenKind.Punctuation or TokenKind.Symbol || tokenEnd == end || !Tokenizer.MayJoin(text[tokenEnd])))
            {
                tokens[count] = new Token(new TextSpan(token.Start, tokenEnd), kind);
                words[count] = word.Key;
                classes[count] = word.ClassesBy(classifier);
            }
            else
            {
                var read = Tokenizer.Read(text, token.Start, end, out var lowerHash);
                tokenEnd = read.Span.End;
                var lower = WordPool.LowerWord(text.AsSpan(token.Start, tokenEnd - token.Start), lowerHash);
                tokens[count] = read;
                words[count] = lower.Text;
                classes[count] = lower.ClassesBy(classifier);
            }

            count++;
            position = tokenEnd;
        }

        return IsWhiteSpace(text, position, end) ? count : -1;
    }

    private static bool IsWhiteSpace(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
