using ClaimTracker.Documents;
using ClaimTracker.Serialization;
using Xunit.Abstractions;

namespace ClaimTracker.Tests;

/// <summary>A tracker that keeps no text (<see cref="TrackerOptions.KeepText"/> false) must find exactly what one that keeps it finds.</summary>
public class TrackerWithoutTextTests(ITestOutputHelper output)
{
    private static readonly string GvaIncidents = RepositoryFiles.PathOf("..", "shared", "data", "gva-dev", "incidents");

    [Fact]
    public void The_seeds_give_the_same_claims_events_conflicts_and_summaries_without_their_text()
    {
        var documents = new DocumentLoader().LoadPaths([SeedFiles.Folder]).Documents;

        AnalyzeBothWays(documents);
    }

    /// <summary>Optional: the 790 gva-dev articles, read from ../shared/data when present (a clone has none).</summary>
    [Fact]
    public void The_gva_articles_give_the_same_analysis_without_their_text()
    {
        if (!Directory.Exists(GvaIncidents))
        {
            output.WriteLine("skipped: no gva-dev articles at " + GvaIncidents);
            return;
        }

        AnalyzeBothWays(new DocumentLoader().LoadPaths([GvaIncidents]).Documents);
    }

    [Fact]
    public void Documents_keep_their_metadata_but_not_their_text()
    {
        var tracker = new Tracker(new TrackerOptions { KeepText = false });
        var documents = new DocumentLoader().LoadPaths([SeedFiles.Folder]).Documents;

        tracker.Add(documents);

        tracker.Documents.Should().Equal(documents.Select(d => d with { Text = "" }));
        tracker.Analyze().Documents.Should().Equal(tracker.Documents);
        tracker.ClaimsOf(documents[0].Id).Should().NotBeEmpty().And.OnlyContain(c => c.Evidence.Text.Length > 0);
    }

    [Fact]
    public void A_null_anywhere_in_a_lazy_sequence_adds_nothing()
    {
        var tracker = new Tracker(new TrackerOptions { KeepText = false });
        var good = new Document("a", "Wire", null, new DateOnly(2025, 6, 13), null, "Three people were killed in Harbor City on Friday.");

        var add = () => tracker.Add(Enumerable.Range(0, 300).Select(i => i == 299 ? null! : good with { Id = "a" + i }));

        add.Should().Throw<ArgumentException>();
        tracker.Documents.Should().BeEmpty();
    }

    /// <summary>
    /// The reference keeps every text and gets a list; the other keeps none and reads a lazy sequence, as a streaming
    /// caller does. Everything the analysis reports must serialize to the same JSON.
    /// </summary>
    private static void AnalyzeBothWays(IReadOnlyList<Document> documents)
    {
        documents.Should().NotBeEmpty();
        var kept = Tracker.AnalyzeAll(documents);
        var streaming = new Tracker(new TrackerOptions { KeepText = false });
        streaming.Add(documents.Select(d => d));
        var dropped = streaming.Analyze();

        kept.Claims.Should().NotBeEmpty();
        Json(dropped.Claims).Should().Be(Json(kept.Claims));
        Json(dropped.Events).Should().Be(Json(kept.Events));
        Json(dropped.Conflicts).Should().Be(Json(kept.Conflicts));
        Json(dropped.Summaries).Should().Be(Json(kept.Summaries));
        dropped.Documents.Should().OnlyContain(d => d.Text.Length == 0);
    }

    private static string Json(object value) => ClaimTrackerJson.Serialize(value);
}
