using ClaimTracker.Tests.Claims.Extraction;

namespace ClaimTracker.Tests.Claims.Quantities;

/// <summary>
/// The table marks count starts a bit per token, the first 64 tokens apart from the rest: counts past the 64th and
/// 128th token of a long sentence must be found at their own token, and no other token may answer with a count.
/// </summary>
public class CountTableTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(127)]
    [InlineData(128)]
    [InlineData(200)]
    public void Counts_are_found_at_their_token_in_long_sentences(int filler)
    {
        var words = string.Join(' ', Enumerable.Repeat("then", filler));
        var text = $"Officials said 3 drones fell {words} and 7 rockets hit {words} while 12 shells landed {words} overnight.";
        var sentence = Sentences.Of(text).Single();
        var numbers = new Dictionary<string, decimal> { ["3"] = 3, ["7"] = 7, ["12"] = 12 };

        var found = new List<decimal>();
        for (var i = 0; i < sentence.Tokens.Count; i++)
        {
            if (sentence.Counts.At(i) is { } count)
            {
                count.First.Should().Be(i);
                numbers.Should().ContainKey(sentence.Words[i]);
                found.Add(count.Value.Min);
            }
        }

        found.Should().Equal(3, 7, 12);
    }
}
