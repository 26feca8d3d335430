using ClaimTracker.Documents;

namespace ClaimTracker.Recognition;

/// <summary>A set of spans answering "does this span overlap any of them?" in logarithmic time.</summary>
internal sealed class SpanSet
{
    private readonly TextSpan[] _merged;

    public SpanSet(IEnumerable<TextSpan> spans)
    {
        var merged = new List<TextSpan>();
        foreach (var span in spans.Where(s => s.Length > 0).OrderBy(s => s.Start))
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                merged[^1] = merged[^1] with { End = Math.Max(merged[^1].End, span.End) };
            }
            else
            {
                merged.Add(span);
            }
        }

        _merged = [.. merged];
    }

    public bool Overlaps(TextSpan span)
    {
        var low = 0;
        var high = _merged.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var candidate = _merged[middle];
            if (candidate.Overlaps(span))
            {
                return true;
            }

            if (candidate.End <= span.Start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return false;
    }
}
