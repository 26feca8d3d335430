using System.Collections.Concurrent;
using ClaimTracker.DependencyInjection;
using ClaimTracker.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Tests.Packaging;

/// <summary>One tracker shared by many request threads, as <c>AddClaimTracker</c> registers it.</summary>
public class SharedTrackerTests
{
    private static readonly string[] TownNames =
        ["Lyon", "Porto", "Krakow", "Gdansk", "Bilbao", "Turin", "Leeds", "Graz", "Brno", "Utrecht", "Malmo", "Lille"];

    private static readonly int Towns = TownNames.Length;

    // Two outlets per town disagree on the toll, so every town gives one conflict.
    private static readonly Document[] Articles =
    [
        .. Enumerable.Range(0, Towns).Select(i => Article($"early-{i}", "Harbor Tribune", i, "Three")),
        .. Enumerable.Range(0, Towns).Select(i => Article($"late-{i}", "Coast Daily", i, "Five")),
    ];

    [Fact]
    public void Requests_adding_and_reading_at_once_end_with_what_one_thread_would_find()
    {
        using var provider = new ServiceCollection().AddClaimTracker().BuildServiceProvider();
        var snapshots = new ConcurrentBag<Analysis>();

        Parallel.ForEach(Articles, new ParallelOptions { MaxDegreeOfParallelism = 8 }, article =>
        {
            var tracker = provider.GetRequiredService<Tracker>();
            tracker.Add(article);
            snapshots.Add(tracker.Analyze());
            tracker.FindConflicts(new ConflictQuery(Source: article.Source));
        });

        var shared = provider.GetRequiredService<Tracker>().Analyze();
        var alone = Tracker.AnalyzeAll(Articles);
        Signature(shared).Should().BeEquivalentTo(Signature(alone));
        shared.Conflicts.Select(c => c.EventId).Distinct().Should().HaveCount(Towns);
        snapshots.Should().OnlyContain(s => IsConsistent(s));
    }

    [Fact]
    public void Removing_while_others_read_leaves_only_the_documents_kept()
    {
        var tracker = new Tracker();
        tracker.Add(Articles);
        var snapshots = new ConcurrentBag<Analysis>();

        Parallel.For(0, Towns * 2, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            if (i % 2 == 0)
            {
                tracker.Remove($"late-{i / 2}").Should().BeTrue();
            }

            snapshots.Add(tracker.Analyze());
        });

        tracker.Documents.Should().OnlyContain(d => d.Id.StartsWith("early-", StringComparison.Ordinal)).And.HaveCount(Towns);
        tracker.Analyze().Conflicts.Should().BeEmpty();
        snapshots.Should().OnlyContain(s => IsConsistent(s));
    }

    // Every claim belongs to a document of the same snapshot, and every conflict to claims of it.
    private static bool IsConsistent(Analysis analysis)
    {
        var documents = analysis.Documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var claims = analysis.Claims.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        return analysis.Claims.All(c => documents.Contains(c.DocumentId))
            && analysis.Conflicts.All(c => c.ClaimIds.All(claims.Contains));
    }

    private static IEnumerable<string> Signature(Analysis analysis) =>
        analysis.Conflicts.Select(c => $"{c.Kind} {c.About} {string.Join(",", c.ClaimIds.Order(StringComparer.Ordinal))}");

    private static Document Article(string id, string source, int town, string toll) =>
        new(id, source, null, new DateOnly(2025, 6, 10 + town), null,
            $"{toll} people were killed when a car bomb exploded in {TownNames[town]} on Monday, police said.");
}
