using ClaimTracker.Documents;

namespace ClaimTracker.Recognition;

/// <summary>A set of spans answering "does this span overlap any of them?" in logarithmic time.</summary>
internal sealed class SpanSet
{
    private readonly TextSpan[] _merged;
    private readonly int _count;

    /// <param name="spans">The spans; the set sorts and merges them in place and keeps the array.</param>
    public SpanSet(TextSpan[] spans)
    {
        // Merging gives the same union whatever the order of spans that start together, so an unstable sort will do.
        Array.Sort(spans, static (a, b) => a.Start.CompareTo(b.Start));
        var count = 0;
        for (var i = 0; i < spans.Length; i++)
        {
            var span = spans[i];
            if (span.Length <= 0)
            {
                continue;
            }

            if (count > 0 && span.Start <= spans[count - 1].End)
            {
                spans[count - 1] = spans[count - 1] with { End = Math.Max(spans[count - 1].End, span.End) };
            }
            else
            {
                spans[count++] = span;
            }
        }

        _merged = spans;
        _count = count;
    }

    public bool Overlaps(TextSpan span)
    {
        var low = 0;
        var high = _count - 1;
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
