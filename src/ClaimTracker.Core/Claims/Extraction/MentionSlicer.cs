using ClaimTracker.Documents;
using ClaimTracker.Recognition;
using ClaimTracker.Text;

namespace ClaimTracker.Claims.Extraction;

/// <summary>Splits a document's mentions into per-sentence sets in one pass, since both are in text order.</summary>
internal static class MentionSlicer
{
    // Most sentences have no mention of any kind: they share one empty set instead of each making its own.
    private static readonly Mentions None = new([], [], [], []);

    public static IReadOnlyList<Mentions> Slice(Mentions mentions, IReadOnlyList<Sentence> sentences)
    {
        var numbers = InTextOrder(mentions.Numbers, n => n.Span);
        var dates = InTextOrder(mentions.Dates, d => d.Span);
        var actors = InTextOrder(mentions.Actors, a => a.Span);
        var locations = InTextOrder(mentions.Locations, l => l.Span);
        int nextNumber = 0, nextDate = 0, nextActor = 0, nextLocation = 0;
        var slices = new Mentions[sentences.Count];
        for (var s = 0; s < slices.Length; s++)
        {
            var sentence = sentences[s].Span;
            var sentenceNumbers = Take(numbers, n => n.Span, sentence, ref nextNumber);
            var sentenceDates = Take(dates, d => d.Span, sentence, ref nextDate);
            var sentenceActors = Take(actors, a => a.Span, sentence, ref nextActor);
            var sentenceLocations = Take(locations, l => l.Span, sentence, ref nextLocation);
            slices[s] = sentenceNumbers.Count + sentenceDates.Count + sentenceActors.Count + sentenceLocations.Count == 0
                ? None
                : new Mentions(sentenceNumbers, sentenceDates, sentenceActors, sentenceLocations);
        }

        return slices;
    }

    /// <summary>
    /// The mentions from <paramref name="next"/> on that start before the sentence ends, those inside it in an array of
    /// their exact size; <paramref name="next"/> moves past all of them, since a mention that straddles the sentence's
    /// end or lies between sentences belongs to none.
    /// </summary>
    private static IReadOnlyList<T> Take<T>(IReadOnlyList<T> ordered, Func<T, TextSpan> span, TextSpan sentence, ref int next)
    {
        var first = next;
        var inside = 0;
        // Index loops: a foreach over the list's interface would box its enumerator and call through it per mention.
        for (; next < ordered.Count; next++)
        {
            var mentionSpan = span(ordered[next]);
            if (mentionSpan.Start >= sentence.End)
            {
                break;
            }

            if (sentence.Contains(mentionSpan))
            {
                inside++;
            }
        }

        if (inside == 0)
        {
            return [];
        }

        var slice = new T[inside];
        var k = 0;
        for (var m = first; m < next; m++)
        {
            var mention = ordered[m];
            if (sentence.Contains(span(mention)))
            {
                slice[k++] = mention;
            }
        }

        return slice;
    }

    /// <summary>The mentions by start, in a stable order; the recognizers already give them so, which skips the sort.</summary>
    private static IReadOnlyList<T> InTextOrder<T>(IReadOnlyList<T> mentions, Func<T, TextSpan> span)
    {
        var previous = mentions.Count > 0 ? span(mentions[0]).Start : 0;
        for (var i = 1; i < mentions.Count; i++)
        {
            var start = span(mentions[i]).Start;
            if (start < previous)
            {
                return mentions.OrderBy(m => span(m).Start).ToList();
            }

            previous = start;
        }

        return mentions;
    }
}
