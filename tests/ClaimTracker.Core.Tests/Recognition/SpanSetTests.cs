using ClaimTracker.Documents;
using ClaimTracker.Recognition;

namespace ClaimTracker.Tests.Recognition;

/// <summary>The set answers "does this text overlap any of them?" as asking every span would, for spans in any order.</summary>
public class SpanSetTests
{
    [Fact]
    public void Overlaps_answers_as_a_check_of_every_span_would()
    {
        var random = new Random(7);
        for (var round = 0; round < 200; round++)
        {
            // Unsorted, nested, touching, repeated and empty spans.
            var spans = Enumerable.Range(0, random.Next(0, 12))
                .Select(_ => random.Next(0, 40))
                .Select(start => new TextSpan(start, start + random.Next(0, 8)))
                .ToArray();
            var set = new SpanSet([.. spans]);

            for (var start = 0; start < 50; start++)
            {
                for (var end = start + 1; end < start + 6; end++)
                {
                    var query = new TextSpan(start, end);
                    set.Overlaps(query).Should().Be(spans.Any(s => s.Length > 0 && s.Overlaps(query)), $"{query} against {string.Join(" ", spans)}");
                }
            }
        }
    }
}
