using ClaimTracker.Claims.Attribution;
using ClaimTracker.Claims.Dates;
using ClaimTracker.Claims.Stances;
using CsCheck;

namespace ClaimTracker.Tests.Claims.Attribution;

public class UntrustedTextTests
{
    [Theory]
    [InlineData("\0\u0001\u001f attack by")]
    [InlineData("\ud800 struck \udfff by the")]
    [InlineData("by")]
    [InlineData("from")]
    [InlineData("denied")]
    [InlineData("Russian")]
    [InlineData("The the the armed with a")]
    [InlineData("accused of")]
    [InlineData("..., ;; —— attack attack attack")]
    public void Odd_text_yields_claims_or_nothing_but_never_throws(string text)
    {
        var act = () => Run(text);

        act.Should().NotThrow();
    }

    [Fact]
    public void Random_text_never_throws()
    {
        Gen.String[Gen.Char, 0, 300].Sample(text => Run(text), iter: 300);
        string[] vocabulary = ["Russian", "Iran's", "missiles", "hit", "by", "the", "from", "territory", "denied", "accused", "on", "Monday", ",", ".", "Brigades", "gunman", "said", "it", "no"];
        Gen.Int[0, vocabulary.Length - 1].Array[0, 40]
            .Sample(picks => Run(string.Join(' ', picks.Select(p => vocabulary[p]))), iter: 300);
    }

    private static void Run(string text)
    {
        ExtractorRun.Claims(AttributionExtractor.Default, text);
        ExtractorRun.Claims(StanceExtractor.Default, text);
        ExtractorRun.Claims(EventDateExtractor.Default, text);
    }
}
