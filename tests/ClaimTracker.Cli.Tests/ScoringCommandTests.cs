using Newtonsoft.Json.Linq;

namespace ClaimTracker.Cli.Tests;

/// <summary><c>rank</c>, <c>train</c> and <c>evaluate --rules-only</c>.</summary>
public sealed class ScoringCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "claimtracker-cli-rank-" + Guid.NewGuid().ToString("N"));

    public ScoringCommandTests()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "a.txt"), "Thank you all for coming tonight.\nThe ministry said 14 soldiers and 3 civilians were killed in the shelling on Sunday.\nWe will see.");
        Directory.CreateDirectory(Path.Combine(_folder, "gold"));
        File.WriteAllText(Path.Combine(_folder, "gold", "b.txt"), "Police said three people were killed on Monday.");
        File.WriteAllText(Path.Combine(_folder, "gold", "gold.json"), """
            {
              "documents": [ { "id": "b", "file": "b.txt", "source": "Outlet", "published": "2025-06-10" } ],
              "claims": [ { "id": "g1", "document": "b", "event": "E1", "kind": "casualties", "casualty": "killed", "min": 3, "max": 3, "quote": "three people were killed" } ],
              "events": [ { "id": "E1", "label": "shooting" } ]
            }
            """);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Rank_lists_the_sentences_most_check_worthy_first()
    {
        var run = CliRun.Of("rank", Path.Combine(_folder, "a.txt"), "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        var sentences = JObject.Parse(run.Output)["documents"]![0]!["sentences"]!;
        sentences.Should().HaveCount(3);
        ((string)sentences[0]!["text"]!).Should().Contain("14 soldiers");
        sentences.Select(s => (double)s["score"]!["checkWorthiness"]!).Should().BeInDescendingOrder();
    }

    [Fact]
    public void Rank_top_limits_each_article_and_prints_a_table()
    {
        var run = CliRun.Of("rank", Path.Combine(_folder, "a.txt"), "--top", "1");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("14 soldiers").And.NotContain("Thank you");
    }

    [Fact]
    public void Rank_without_a_readable_article_exits_2()
    {
        CliRun.Of("rank", Path.Combine(_folder, "missing.txt")).ExitCode.Should().Be(2);
    }

    [Fact]
    public void Train_without_data_exits_2_and_says_what_it_needs()
    {
        var run = CliRun.Of("train", "--data", _folder);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("2.5xNCS.json");
    }

    [Fact]
    public void Evaluate_rules_only_runs_the_pipeline_without_the_models_and_finds_the_same_plain_fact()
    {
        var withModels = CliRun.Of("evaluate", Path.Combine(_folder, "gold", "gold.json"), "--format", "json");
        var rulesOnly = CliRun.Of("evaluate", Path.Combine(_folder, "gold", "gold.json"), "--rules-only", "--format", "json");

        withModels.ExitCode.Should().Be(0, withModels.Error);
        rulesOnly.ExitCode.Should().Be(0, rulesOnly.Error);
        var strict = JObject.Parse(rulesOnly.Output).SelectToken("claims.overall.strict")!;
        ((int)strict["matched"]!).Should().Be(1);
        JToken.DeepEquals(strict, JObject.Parse(withModels.Output).SelectToken("claims.overall.strict")).Should().BeTrue();
    }
}
