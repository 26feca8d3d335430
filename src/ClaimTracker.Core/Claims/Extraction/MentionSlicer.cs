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
        var s = 0;
        foreach (var mention in InTextOrder(mentions, span))
        {
            var mentionSpan = span(mention);
            while (s < sentences.Count && sentences[s].Span.End <= mentionSpan.Start)
            {
                s++;
            }

            if (s < sentences.Count && sentences[s].Span.Contains(mentionSpan))
            {
                var slice = slices[s] as List<T> ?? [];
                slice.Add(mention);
                slices[s] = slice;
            }
        }

        return slices;
    }

    /// <summary>The mentions by start, in a stable order; the recognizers already give them so, which skips the sort.</summary>
    private static IEnumerable<T> InTextOrder<T>(IReadOnlyList<T> mentions, Func<T, TextSpan> span)
    {
        for (var i = 1; i < mentions.Count; i++)
        {
            if (span(mentions[i]).Start < span(mentions[i - 1]).Start)
            {
                return mentions.OrderBy(m => span(m).Start);
            }
        }

        return mentions;
    }
}
