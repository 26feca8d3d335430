using ClaimTracker.Claims;
using ClaimTracker.Evaluation;
using ClaimTracker.Recognition.Numbers;
using static ClaimTracker.Tests.Evaluation.FakePipeline;

namespace ClaimTracker.Tests.Evaluation;

public sealed class GvaEvaluatorTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public GvaEvaluatorTests()
    {
        Incident("100", killed: 1, injured: 3, "a", "b");
        Incident("200", killed: 0, injured: 2, "c");
        _folder.Write("incidents/300/d.json", Article("d"));
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Reads_incidents_in_order_prefixes_article_ids_and_reports_what_it_skips()
    {
        var corpus = GvaCorpus.Read(_folder.Path);

        corpus.IsUsable.Should().BeTrue();
        corpus.Value!.Incidents.Select(i => (i.Id, i.Killed, i.Injured)).Should().Equal(("100", 1, 3), ("200", 0, 2));
        corpus.Value.Incidents[0].Documents.Select(d => d.Id).Should().Equal("100/a", "100/b");
        corpus.Value.Incidents[0].Documents[0].Published.Should().Be(new DateOnly(2014, 2, 13));
        corpus.Problems.Should().ContainSingle(p => p.Contains("300", StringComparison.Ordinal) && p.Contains("no gold.json", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1, new[] { "100" })]
    [InlineData(5, new[] { "100", "200" })]
    public void A_limit_reads_the_first_incidents(int limit, string[] expected) =>
        GvaCorpus.Read(_folder.Path, limit).Value!.Incidents.Select(i => i.Id).Should().Equal(expected);

    [Theory]
    [InlineData("missing")]
    [InlineData("empty")]
    public void A_folder_without_incidents_is_unusable(string name)
    {
        Directory.CreateDirectory(Path.Combine(_folder.Path, "empty"));

        var corpus = GvaCorpus.Read(Path.Combine(_folder.Path, name));

        corpus.IsUsable.Should().BeFalse();
        corpus.Problems[0].Should().Contain("gold.json");
    }

    [Fact]
    public void Figures_are_compared_with_the_final_counts()
    {
        var report = GvaEvaluator.Evaluate(GvaCorpus.Read(_folder.Path).Value!, Pipeline().Analyze);

        report.Incidents.Should().Be(2);
        report.Articles.Should().Be(3);
        var killed = report.Casualties.Single(c => c.Type == CasualtyType.Killed);
        // 100 says 1 killed (gold 1); 200 only forecasts deaths, which is not a figure, and its gold is 0.
        killed.Should().Be(new CasualtyAccuracy(CasualtyType.Killed, 2, WithValue: 1, Exact: 1, IncludesGold: 1, AtMostGold: 1, NoValueGoldZero: 1));
        var injured = report.Casualties.Single(c => c.Type == CasualtyType.Injured);
        // 100: 2 and "at least 3" against 3 (highest 3 is exact and holds 3); 200: 5 against 2.
        injured.Should().Be(new CasualtyAccuracy(CasualtyType.Injured, 2, WithValue: 2, Exact: 1, IncludesGold: 1, AtMostGold: 1, NoValueGoldZero: 0));
        injured.ExactRate.Should().Be(0.5);
    }

    [Fact]
    public void Differing_figures_within_an_incident_are_checked_for_a_conflict()
    {
        var report = GvaEvaluator.Evaluate(GvaCorpus.Read(_folder.Path).Value!, Pipeline().Analyze);

        report.Disagreements.Should().Equal(
            new CasualtyDisagreement(CasualtyType.Killed, 0, 0, 0),
            new CasualtyDisagreement(CasualtyType.Injured, 1, 1, 0));
    }

    [Fact]
    public void Grouping_mixes_incidents_in_batches_and_a_merge_costs_precision()
    {
        var corpus = GvaCorpus.Read(_folder.Path).Value!;
        var pipeline = Pipeline();

        var apart = GvaEvaluator.Evaluate(corpus, pipeline.Analyze, batchSize: 1);
        var mixed = GvaEvaluator.Evaluate(corpus, pipeline.Analyze, batchSize: 2);

        apart.Batches.Should().Be(2);
        apart.Grouping.Should().Be(new B3Score(6, 1.0, 1.0));
        mixed.Batches.Should().Be(1);
        pipeline.CallSizes.Should().Contain(3, "one run held the articles of both incidents");
        // Incident 100's four claims and incident 200's two all land in event "e": precision (4·4/6 + 2·2/6) / 6.
        mixed.Grouping.Precision.Should().BeApproximately(((4 * 4.0 / 6) + (2 * 2.0 / 6)) / 6, 1e-9);
        mixed.Grouping.Recall.Should().Be(1.0);
    }

    private static FakePipeline Pipeline() => new(new()
    {
        ["100/a"] = [Killed(1), Injured(NumberValue.Exactly(2))],
        ["100/b"] = [Killed(1), Injured(new NumberValue(3, null, NumberQualifier.AtLeast))],
        ["200/c"] = [Injured(NumberValue.Exactly(5)), Killed(3, modality: Modality.Predicted)],
    });

    private void Incident(string id, int killed, int injured, params string[] articles)
    {
        _folder.Write($"incidents/{id}/gold.json", $$"""{ "incident": "{{id}}", "date": "2014-02-12", "killed": {{killed}}, "injured": {{injured}} }""");
        foreach (var article in articles)
        {
            _folder.Write($"incidents/{id}/{article}.json", Article(article));
        }
    }

    private static string Article(string id) =>
        $$"""{ "id": "{{id}}", "source": "example.com", "published": "2014-02-13", "title": "t", "text": "Five people were hurt in a shooting." }""";
}
