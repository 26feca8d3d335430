using ClaimTracker.Claims;
using ClaimTracker.Claims.Extraction;
using ClaimTracker.Documents;
using ClaimTracker.Recognition;
using CsCheck;

namespace ClaimTracker.Tests.Claims.Quantities;

/// <summary>Runs one extractor end to end (mentions, sentences, claimant, modality) over a short text.</summary>
internal static class ExtractorRun
{
    public static IReadOnlyList<Claim> Claims(IClaimExtractor extractor, string text)
    {
        var document = new Document("test", "Test Wire", null, new DateOnly(2025, 6, 1), null, text);
        return new ClaimExtractor([extractor], MentionRecognizer.Default).Extract(document).Claims;
    }

    private static readonly string[] Vocabulary =
    [
        "four", "one", "another", "a", "the", "second", "of", "them", "drones", "missile", "were", "was", "shot", "down", "struck",
        "launched", "from", "killed", "killing", "wounded", "people", "civilians", "no", "one", "casualties", "toll", "rose", "to",
        "14", "15–20", "million", "ethnic", "Kurds", "Iran's", "population", "estimated", "at", "in", "Turkey", "refugees", "Syrian",
        "left", "dead", ",", ".", "—", "the", "others", "fatally", "who", "had", "lost", "their", "lives", "\ud800", "\u0000", "’s",
    ];

    /// <summary>Random strings and random sequences of the extractors' own words never throw and give spans inside the text.</summary>
    public static void AssertSafe(IClaimExtractor extractor)
    {
        void Check(string text)
        {
            foreach (var claim in Claims(extractor, text))
            {
                claim.Evidence.Span.End.Should().BeLessThanOrEqualTo(text.Length);
                claim.Evidence.Span.Length.Should().BePositive();
            }
        }

        Gen.String.Sample(Check, iter: 300);
        Gen.Int[0, Vocabulary.Length - 1].Array[0, 40].Select(indexes => indexes.Select(i => Vocabulary[i]).ToArray()).Select(words => string.Join(' ', words)).Sample(Check, iter: 500);
    }
}
