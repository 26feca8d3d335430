using System.Globalization;
using System.Text;
using ClaimTracker.Documents;
using ClaimTracker.Recognition.Locations;
using ClaimTracker.Text;

namespace ClaimTracker.Benchmarks;

/// <summary>
/// Builds a corpus of any size from real articles. Copy <c>i</c> of an article keeps its wording but shuffles its
/// sentences after the lead, swaps its places for places named elsewhere in the corpus, nudges its small numbers and
/// moves its publication date (and the years it names) by whole months, so copies report distinct events instead
/// of collapsing into the originals. Deterministic: the same size always gives the same corpus. Documents are
/// made one at a time, so a caller can stream them.
/// </summary>
internal sealed class CorpusGenerator
{
    private readonly IReadOnlyList<Template> _templates;
    private readonly string[] _places;

    public CorpusGenerator(IReadOnlyList<Document> sources)
    {
        _templates = sources.Select(Template.Of).ToArray();
        _places = _templates.SelectMany(t => t.Places.Select(p => p.Name))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
        if (_places.Length == 0)
        {
            _places = ["Springfield"];
        }
    }

    public IEnumerable<Document> Generate(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Make(i);
        }
    }

    private Document Make(int index)
    {
        var template = _templates[index % _templates.Count];
        var round = index / _templates.Count;
        var random = new Random(index);
        var source = template.Document;
        if (round == 0)
        {
            return source;
        }

        // The same place stands in for the same original throughout one copy, so the copy stays coherent.
        var substitutes = new Dictionary<string, string>(StringComparer.Ordinal);
        string Substitute(string place)
        {
            if (!substitutes.TryGetValue(place, out var other))
            {
                other = _places[random.Next(_places.Length)];
                substitutes[place] = other;
            }

            return other;
        }

        var order = Enumerable.Range(0, template.Sentences.Count).ToArray();
        random.Shuffle(order.AsSpan(Math.Min(1, order.Length)));
        var text = new StringBuilder(source.Text.Length + 64);
        foreach (var s in order)
        {
            var sentence = template.Sentences[s];
            var at = sentence.Span.Start;
            foreach (var place in template.Places.Where(p => p.Span.Start >= sentence.Span.Start && p.Span.End <= sentence.Span.End))
            {
                AppendVaried(text, source.Text.AsSpan(at, place.Span.Start - at), random, round);
                text.Append(Substitute(place.Name));
                at = place.Span.End;
            }

            AppendVaried(text, source.Text.AsSpan(at, sentence.Span.End - at), random, round);
            text.Append(' ');
        }

        var published = source.Published?.AddMonths(round);
        var id = string.Create(CultureInfo.InvariantCulture, $"{source.Id}~{round}");
        return source with { Id = id, Published = published, Text = text.ToString().TrimEnd() };
    }

    /// <summary>Copies text, moving four-digit years by the copy's months and nudging numbers of one or two digits.</summary>
    private static void AppendVaried(StringBuilder text, ReadOnlySpan<char> span, Random random, int round)
    {
        var i = 0;
        while (i < span.Length)
        {
            if (!char.IsAsciiDigit(span[i]) || (i > 0 && char.IsAsciiLetterOrDigit(span[i - 1])))
            {
                text.Append(span[i++]);
                continue;
            }

            var end = i;
            while (end < span.Length && char.IsAsciiDigit(span[end]))
            {
                end++;
            }

            var digits = span[i..end];
            var value = int.Parse(digits, CultureInfo.InvariantCulture);
            if (digits.Length == 4 && value is >= 1900 and <= 2100)
            {
                text.Append(value + (round / 12));
            }
            else if (digits.Length <= 2 && value > 1 && (end == span.Length || span[end] != ':'))
            {
                text.Append(Math.Max(2, value + random.Next(-1, 3)));
            }
            else
            {
                text.Append(digits);
            }

            i = end;
        }
    }

    private sealed record Template(Document Document, IReadOnlyList<Sentence> Sentences, IReadOnlyList<(TextSpan Span, string Name)> Places)
    {
        public static Template Of(Document document)
        {
            // Nested or overlapping mentions ("Cook County, Illinois") keep the first, so each character is replaced once.
            var places = new List<(TextSpan Span, string Name)>();
            foreach (var mention in LocationRecognizer.Default.Recognize(document.Text).OrderBy(m => m.Span.Start))
            {
                if (places.Count == 0 || mention.Span.Start >= places[^1].Span.End)
                {
                    places.Add((mention.Span, mention.Location.Name));
                }
            }

            return new Template(document, SentenceSplitter.Default.Split(document.Text), places);
        }
    }
}
