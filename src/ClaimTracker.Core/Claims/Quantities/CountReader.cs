using ClaimTracker.Claims.Extraction;
using ClaimTracker.Recognition.Actors;
using ClaimTracker.Recognition.Numbers;

namespace ClaimTracker.Claims.Quantities;

/// <summary>
/// Reads counts and the small words around them from a sentence's tokens: a recognized number, a determiner that
/// counts one ("a", "another"), an article with an ordinal ("the second"), and the auxiliaries and adverbs that may
/// stand between a count and its verb.
/// </summary>
internal static class CountReader
{
    private static CountVocabulary Words => CountVocabulary.Default;

    /// <summary>The count starting at token <paramref name="index"/>, if any. Percentages, money and bare ordinals are not counts.</summary>
    public static CountPhrase? At(SentenceContext sentence, int index) => sentence.Counts.At(index);

    // A count of one, shared: counts are read at every sentence an extractor reads, and the value is immutable.
    private static readonly NumberValue One = NumberValue.Exactly(1);

    // Per thread, the number starting at each token and the counts found, reused from sentence to sentence: the table
    // keeps only its own exact copy of the counts.
    [ThreadStatic]
    private static NumberMention?[]? numbersByToken;

    [ThreadStatic]
    private static List<CountPhrase>? found;

    /// <summary>Every count of the sentence; <see cref="SentenceContext.Counts"/> keeps the table, read once per sentence.</summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="passWordsWithoutCountStarts">Whether a word that is no number, no ordinal article and no first word of a
    /// single is passed at once, answered from the sentence's one lookup per word; the counts are the same either way,
    /// which tests check by turning it off.</param>
    /// <param name="into">A table to fill, or null for a new one.</param>
    public static CountTable ReadAll(SentenceContext sentence, bool passWordsWithoutCountStarts = true, CountTable? into = null)
    {
        var tokens = sentence.Tokens.Count;
        var starting = NumbersByToken(sentence);
        var starts = new CountStarts(sentence.Membership(Words.OrdinalArticles), sentence.Membership(Words.SingleStarts), passWordsWithoutCountStarts);
        var counts = found ??= [];
        counts.Clear();
        try
        {
            for (var i = 0; i < tokens; i++)
            {
                if (Read(sentence, i, starting, in starts) is { } count)
                {
                    counts.Add(count);
                }
            }
        }
        finally
        {
            if (starting is not null)
            {
                Array.Clear(starting, 0, tokens);
            }
        }

        if (into is null)
        {
            return CountTable.Of(tokens, counts);
        }

        into.Fill(tokens, counts);
        return into;
    }

    /// <summary>
    /// The number mention starting at each token (the first listed when two start there), placed in one pass over the
    /// mentions instead of a search of them at every token; null without numbers. The array is the thread's, longer
    /// than the sentence, and cleared by the caller.
    /// </summary>
    private static NumberMention?[]? NumbersByToken(SentenceContext sentence)
    {
        if (sentence.Numbers.Count == 0)
        {
            return null;
        }

        var tokens = sentence.Tokens.Count;
        if (numbersByToken is null || numbersByToken.Length < tokens)
        {
            numbersByToken = new NumberMention?[Math.Max(tokens, 256)];
        }

        var starting = numbersByToken;
        for (var n = sentence.Numbers.Count - 1; n >= 0; n--)
        {
            var number = sentence.Numbers[n];
            var token = sentence.TokenAt(number.Span.Start);
            if (token < tokens && sentence.Tokens[token].Span.Start == number.Span.Start)
            {
                starting[token] = number;
            }
        }

        return starting;
    }

    private static CountPhrase? Read(SentenceContext sentence, int index, NumberMention?[]? starting, in CountStarts starts)
    {
        if (starting?[index] is { } number)
        {
            return number.Kind == QuantityKind.Count
                ? new CountPhrase(index, LastTokenOf(sentence, number), number.Value, CountForm.Number)
                : null;
        }

        // Most words start neither an ordinal nor a single. Without the shortcut, the ordinal articles are asked and the
        // singles tried at every word.
        var ordinalArticle = starts.PassOthers ? starts.OrdinalArticles.Contains(index) : Words.OrdinalArticles.Contains(sentence.Words[index]);
        var single = !starts.PassOthers || starts.Singles.Contains(index);
        if (!ordinalArticle && !single)
        {
            return null;
        }

        if (ordinalArticle
            && index + 1 < sentence.Tokens.Count && starting?[index + 1] is { Kind: QuantityKind.Ordinal } ordinal)
        {
            return new CountPhrase(index, LastTokenOf(sentence, ordinal), One, CountForm.Ordinal, ordinal.Value);
        }

        // "no one was hurt" is a negation, read by the casualty extractor's zero phrases, not a count of one.
        if (index > 0 && sentence.Words[index - 1] is "no")
        {
            return null;
        }

        return single && Words.Singles.TryMatch(sentence.Words, index, out var length, out _)
            ? new CountPhrase(index, index + length - 1, One, CountForm.Single)
            : null;
    }

    /// <summary>The first index at or after <paramref name="index"/> that is not an auxiliary or adverb, looking at most <paramref name="limit"/> tokens ahead.</summary>
    public static int SkipAuxiliaries(SentenceContext sentence, int index, int limit = 4)
    {
        var i = index;
        while (i < sentence.Words.Count && i - index < limit && IsAuxiliaryOrAdverb(sentence.Words[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>Whether the word before <paramref name="index"/>, past any adverbs, is an auxiliary ("were fired", "had been shot").</summary>
    public static bool HasAuxiliaryBefore(SentenceContext sentence, int index)
    {
        var i = index - 1;
        while (i >= 0 && Words.Adverbs.Contains(sentence.Words[i]))
        {
            i--;
        }

        return i >= 0 && Words.Auxiliaries.Contains(sentence.Words[i]);
    }

    public static bool IsAuxiliaryOrAdverb(string word) => Words.Auxiliaries.Contains(word) || Words.Adverbs.Contains(word);

    public static bool IsPronoun(SentenceContext sentence, int index) =>
        index >= 0 && index < sentence.Words.Count && Words.Pronouns.Contains(sentence.Words[index]);

    /// <summary>Whether a token ends a clause for the purpose of finding a count's verb.</summary>
    public static bool IsClauseBreak(string word) =>
        word is "," or ";" or ":" or "." or "—" or "–" or "(" or ")" or "?" or "!" or "\"" or "“" or "”" or "but" or "while" or "whereas";

    /// <summary>The actor mention that overlaps token <paramref name="index"/> ("Iran" inside the token "Iran's").</summary>
    public static ActorMention? ActorOverlapping(SentenceContext sentence, int index)
    {
        if (index < 0 || index >= sentence.Tokens.Count)
        {
            return null;
        }

        // An index loop rather than LINQ: extractors ask at nearly every token they walk, and a capturing lambda allocates.
        var span = sentence.Tokens[index].Span;
        for (var i = 0; i < sentence.Actors.Count; i++)
        {
            if (sentence.Actors[i].Span.Overlaps(span))
            {
                return sentence.Actors[i];
            }
        }

        return null;
    }

    /// <summary>Whether token <paramref name="index"/> is a possessive ("Iran's", "Turkey’s").</summary>
    public static bool IsPossessive(SentenceContext sentence, int index) =>
        index >= 0 && index < sentence.Words.Count
        && (sentence.Words[index].EndsWith("'s", StringComparison.Ordinal) || sentence.Words[index].EndsWith("’s", StringComparison.Ordinal));

    private static int LastTokenOf(SentenceContext sentence, NumberMention mention) =>
        Math.Max(sentence.TokenAt(mention.Span.Start), sentence.TokenAt(mention.Span.End - 1));
}
