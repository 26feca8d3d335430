using ClaimTracker.Conflicts;
using ClaimTracker.Documents;
using CsCheck;

namespace ClaimTracker.Tests;

public class TrackerTests
{
    private static readonly Document Early = Article("early", "Harbor Tribune", 3, "Three people were killed when a car bomb exploded in Harbor City on Friday, police said.");
    private static readonly Document Late = Article("late", "Coast Daily", 4, "Five people were killed when a car bomb exploded in Harbor City on Friday.");

    [Fact]
    public void Two_outlets_disagreeing_on_a_toll_give_one_event_and_one_conflict_naming_the_latest()
    {
        var analysis = Tracker.AnalyzeAll([Early, Late]);

        analysis.Events.Should().ContainSingle(e => e.ClaimIds.Count > 0 && e.DocumentIds.Count == 2);
        var conflict = analysis.Conflicts.Should().ContainSingle().Subject;
        conflict.Kind.Should().Be(ConflictKind.NumericMismatch);
        conflict.About.Should().Be("people killed");
        conflict.Explanation.Should().Contain("latest 5");
        analysis.Summaries.Should().ContainSingle(s => s.About == "people killed").Which.Lowest.Value.Should().Be("3");
    }

    [Fact]
    public void Removing_a_document_removes_its_claims_and_the_conflict_it_caused()
    {
        var tracker = new Tracker();
        tracker.Add([Early, Late]);
        tracker.Analyze().Conflicts.Should().NotBeEmpty();

        tracker.Remove("late").Should().BeTrue();

        var analysis = tracker.Analyze();
        analysis.Claims.Should().OnlyContain(c => c.DocumentId == "early");
        analysis.Conflicts.Should().BeEmpty();
        tracker.Remove("late").Should().BeFalse();
    }

    [Fact]
    public void Adding_a_document_with_a_known_id_replaces_it()
    {
        var tracker = new Tracker();
        tracker.Add([Early, Late]);

        tracker.Add(Late with { Text = "Three people were killed when a car bomb exploded in Harbor City on Friday." });

        tracker.Documents.Select(d => d.Id).Should().Equal("early", "late");
        tracker.Analyze().Conflicts.Should().BeEmpty();
    }

    [Fact]
    public void Conflicts_can_be_queried_by_source_kind_and_severity()
    {
        var tracker = new Tracker();
        tracker.Add([Early, Late]);

        tracker.FindConflicts(new ConflictQuery(Source: "coast daily")).Should().ContainSingle();
        tracker.FindConflicts(new ConflictQuery(Kind: ConflictKind.DateMismatch)).Should().BeEmpty();
        tracker.FindConflicts(new ConflictQuery(Severity: Severity.Soft)).Should().BeEmpty();
        tracker.FindConflicts(new ConflictQuery(Source: "Elsewhere Gazette")).Should().BeEmpty();
    }

    [Fact]
    public void Many_threads_may_add_and_analyze_at_once()
    {
        var tracker = new Tracker();

        Parallel.For(0, 40, i =>
        {
            tracker.Add(Article($"doc-{i}", $"Outlet {i % 4}", 3, $"{(i % 2 == 0 ? "Two" : "Four")} people were hurt in a shooting in Town{i / 4} on Friday."));
            tracker.Analyze();
        });

        tracker.Documents.Should().HaveCount(40);
        tracker.Analyze().Claims.Select(c => c.DocumentId).Distinct().Should().HaveCount(40);
    }

    [Fact]
    public void No_text_breaks_the_whole_pipeline()
    {
        var seedSentences = Directory.GetFiles(SeedFiles.Folder, "*.txt")
            .SelectMany(f => File.ReadAllText(f).Split('.'))
            .ToArray();
        var text = Gen.OneOf(
            Gen.String,
            Gen.Int[0, seedSentences.Length - 1].Array[1, 30].Select(picks => string.Join(". ", picks.Select(i => seedSentences[i]))));

        text.Sample(body =>
        {
            var analysis = Tracker.AnalyzeAll([Article("fuzz", "Fuzz Wire", 1, body)]);
            analysis.Claims.All(c => c.Evidence.Span.Start >= 0 && c.Evidence.Span.End <= body.Length).Should().BeTrue();
        }, iter: 300);
    }

    private static Document Article(string id, string source, int day, string text) =>
        new(id, source, null, new DateOnly(2025, 6, day + 10), null, text);
}
