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
        return sentences.Select((_, i) => new Mentions(numbers[i], dates[i], actors[i], locations[i])).ToArray();
    }

    private static List<T>[] Slice<T>(IReadOnlyList<T> mentions, Func<T, TextSpan> span, IReadOnlyList<Sentence> sentences)
    {
        var slices = sentences.Select(_ => new List<T>()).ToArray();
        var s = 0;
        foreach (var mention in mentions.OrderBy(m => span(m).Start))
        {
            var mentionSpan = span(mention);
            while (s < sentences.Count && sentences[s].Span.End <= mentionSpan.Start)
            {
                s++;
            }

            if (s < sentences.Count && sentences[s].Span.Contains(mentionSpan))
            {
                slices[s].Add(mention);
            }
        }

        return slices;
    }
}
