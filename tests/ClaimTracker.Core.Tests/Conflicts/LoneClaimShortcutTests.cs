using ClaimTracker.Conflicts;
using ClaimTracker.Documents;

namespace ClaimTracker.Tests.Conflicts;

/// <summary>
/// Conflict detection passes events with a single factual claim without asking the rules; over the seeds and the
/// gold articles (as one corpus, so that their reports meet in events) it must find the same conflicts as when every
/// event goes through every rule.
/// </summary>
public sealed class LoneClaimShortcutTests
{
    [Fact]
    public void Skipping_events_with_one_claim_finds_the_same_conflicts()
    {
        var seeds = new DocumentLoader().LoadPaths([SeedFiles.Folder]).Documents;
        var articles = ArticleTexts.SeedsAndGoldArticles()
            .Select((text, i) => new Document("article-" + i, "outlet-" + (i % 3), null, new DateOnly(2025, 6, 1).AddDays(i % 5), null, text));
        var analysis = Tracker.AnalyzeAll([.. seeds, .. articles]);
        var documents = analysis.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);

        var fast = ConflictDetector.Default.Detect(analysis.Events, analysis.Claims, documents);
        var full = new ConflictDetector(ConflictDetector.Rules, skipsLoneClaims: false).Detect(analysis.Events, analysis.Claims, documents);

        fast.Should().BeEquivalentTo(full, options => options.WithStrictOrdering());
        full.Should().NotBeEmpty();
        var buckets = EventBuckets.Of(analysis.Events, analysis.Claims);
        Enumerable.Range(0, buckets.Count).Count(i => buckets.Size(i) == 1).Should().BePositive("the shortcut must be exercised");
    }
}
