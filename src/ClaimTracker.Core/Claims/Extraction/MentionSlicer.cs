using ClaimTracker.Documents;
using ClaimTracker.Recognition;
using ClaimTracker.Text;

namespace ClaimTracker.Claims.Extraction;

/// <summary>Splits a document's mentions into per-sentence sets in one pass, since both are in text order.</summary>
internal static class MentionSlicer
{
    public static IReadOnlyList<Mentions> Slice(Mentions mentions, IReadOnlyList<Sentence> sentences)
    {
        var numbers = Slice(mentions.Numbers, n => n.Span, sentences);
        var dates = Slice(mentions.Dates, d => d.Span, sentences);
        var actors = Slice(mentions.Actors, a => a.Span, sentences);
        var locations = Slice(mentions.Locations, l => l.Span, sentences);
        var slices = new Mentions[sentences.Count];
        for (var i = 0; i < slices.Length; i++)
        {
            slices[i] = new Mentions(numbers[i], dates[i], actors[i], locations[i]);
        }

        return slices;
    }

    private static IReadOnlyList<T>[] Slice<T>(IReadOnlyList<T> mentions, Func<T, TextSpan> span, IReadOnlyList<Sentence> sentences)
    {
        // Most sentences have no mention of a given kind: they share one empty list instead of each making its own.
        var slices = new IReadOnlyList<T>[sentences.Count];
        Array.Fill(slices, []);
        var ordered = InTextOrder(mentions, span);
        List<T>? slice = null;
        var s = 0;
        // Index loops: a foreach over the list's interface would box its enumerator and call through it per mention.
        for (var m = 0; m < ordered.Count; m++)
        {
            var mention = ordered[m];
            var mentionSpan = span(mention);
            while (s < sentences.Count && sentences[s].Span.End <= mentionSpan.Start)
            {
                s++;
                slice = null;
            }

            if (s < sentences.Count && sentences[s].Span.Contains(mentionSpan))
            {
                if (slice is null)
                {
                    slice = [];
                    slices[s] = slice;
                }

                slice.Add(mention);
            }
        }

        return slices;
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
