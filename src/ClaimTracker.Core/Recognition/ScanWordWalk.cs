using ClaimTracker.Recognition.Actors;

namespace ClaimTracker.Recognition;

/// <summary>
/// Drives a tokenizer over a window along the actor scan's words, so that words the tokenizer would read the same
/// way become tokens as they stand and only the others are read character by character. The date and numeral
/// tokenizers share it: their word rules differ, the walk does not.
/// </summary>
internal static class ScanWordWalk
{
    /// <summary>Reads from the reader's position to <paramref name="end"/>, offering it each word of <paramref name="words"/> it reaches.</summary>
    /// <param name="reader">The tokenizer's reader.</param>
    /// <param name="words">The scan tokens of exactly the reader's window.</param>
    /// <param name="end">The end of the window.</param>
    public static void Read<TReader>(ref TReader reader, ReadOnlySpan<WordToken> words, int end)
        where TReader : struct, IScanWordReader
    {
        var w = 0;
        while (reader.Position < end)
        {
            while (w < words.Length && words[w].Start < reader.Position)
            {
                w++;
            }

            // Past the last word only whitespace is left; inside a word the reader took over by characters (a number,
            // a URL), the rest of it is read by characters too.
            if (w == words.Length || (w > 0 && words[w - 1].End > reader.Position))
            {
                reader.Step();
                continue;
            }

            var word = words[w];
            reader.SkipSpace(word.Start, word.LineBreakBefore);
            if (!reader.TryTake(word))
            {
                reader.Step();
            }
        }
    }
}
