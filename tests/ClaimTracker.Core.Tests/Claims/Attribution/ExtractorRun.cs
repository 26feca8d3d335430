using ClaimTracker.Claims;
using ClaimTracker.Claims.Extraction;
using ClaimTracker.Documents;
using ClaimTracker.Recognition;

namespace ClaimTracker.Tests.Claims.Attribution;

/// <summary>Runs one extractor end to end over a text, as the pipeline would.</summary>
internal static class ExtractorRun
{
    public static IReadOnlyList<Claim> Claims(IClaimExtractor extractor, string text, string? published = "2025-06-18")
    {
        var date = published is null ? (DateOnly?)null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture);
        var document = new Document("test", "Test Wire", null, date, null, text);
        return new ClaimExtractor([extractor], MentionRecognizer.Default).Extract(document).Claims;
    }
}
