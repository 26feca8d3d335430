using System.CommandLine;
using ClaimTracker.Cli.Commands;
using ClaimTracker.Documents;
using Newtonsoft.Json.Linq;

namespace ClaimTracker.Cli.Tests;

public sealed class EvaluateCommandTests : IDisposable
{
    private const string Article = "Police said three people were killed on Monday.";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "claimtracker-cli-eval-" + Guid.NewGuid().ToString("N"));

    public EvaluateCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "docs"));
        File.WriteAllText(Path.Combine(_folder, "docs", "d1.txt"), Article);
        File.WriteAllText(Path.Combine(_folder, "gold.json"), """
            {
              "documents": [ { "id": "d1", "file": "docs/d1.txt", "source": "Outlet", "published": "2025-06-10" } ],
              "claims": [ { "id": "g1", "document": "d1", "event": "E1", "kind": "casualties", "casualty": "killed", "min": 3, "max": 3, "quote": "three people were killed" } ],
              "events": [ { "id": "E1", "label": "shooting" } ]
            }
            """);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(new string[0], "exactly one of")]
    [InlineData(new[] { "gold.json", "--gva", "." }, "exactly one of")]
    [InlineData(new[] { "--gva", ".", "--ecb", "." }, "exactly one of")]
    [InlineData(new[] { "--gva", ".", "--limit", "0" }, "at least 1")]
    public void Usage_errors_exit_2_with_a_message(string[] args, string message)
    {
        var run = Run(args);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain(message);
    }

    [Theory]
    [InlineData("missing.json", "no such gold file")]
    [InlineData("docs/d1.txt", "the JSON is invalid")]
    public void A_missing_or_invalid_gold_file_exits_2(string file, string message)
    {
        var run = Run(Path.Combine(_folder, file));

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("the gold file cannot be used").And.Contain(message);
    }

    [Theory]
    [InlineData("--gva", "no such folder")]
    [InlineData("--ecb", "no such folder")]
    public void A_missing_data_folder_exits_2(string option, string message)
    {
        var run = Run(option, Path.Combine(_folder, "nowhere"));

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain(message);
    }

    [Fact]
    public void A_gold_file_gives_a_table_report()
    {
        var run = Run(Path.Combine(_folder, "gold.json"));

        run.ExitCode.Should().Be(0);
        run.Output.Should().MatchRegex(@"casualties\s+1\s+1\s+1\s+1\.000\s+1\.000\s+1\.000");
        run.Output.Should().Contain("False conflicts on gold non-conflicts: 0").And.Contain("Events (B³ over 1 matched claims)");
    }

    [Fact]
    public void Json_output_carries_the_scores()
    {
        var run = Run(Path.Combine(_folder, "gold.json"), "--format", "json");

        run.ExitCode.Should().Be(0);
        var json = JObject.Parse(run.Output);
        json["claims"]!["overall"]!["strict"]!["f1"]!.Value<double>().Should().Be(1.0);
        json["events"]!["items"]!.Value<int>().Should().Be(1);
    }

    [Fact]
    public void Gva_evaluation_prints_its_tables()
    {
        var incident = Path.Combine(_folder, "gva", "incidents", "1");
        Directory.CreateDirectory(incident);
        File.WriteAllText(Path.Combine(incident, "gold.json"), """{ "killed": 3, "injured": 0 }""");
        File.WriteAllText(Path.Combine(incident, "a.json"), $$"""{ "id": "a", "source": "example.com", "text": "{{Article}}" }""");

        var run = Run("--gva", Path.Combine(_folder, "gva"));

        run.ExitCode.Should().Be(0);
        run.Output.Should().MatchRegex(@"killed\s+1\s+1 \(100\.0%\)\s+1 \(100\.0%\)");
    }

    /// <summary>Runs <c>evaluate</c> with a pipeline that finds the one claim of the test article.</summary>
    private static CliRun Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var root = new RootCommand { EvaluateCommand.Create(FindThreeKilled) };
        var exitCode = root.Parse(["evaluate", .. args]).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    private static Analysis FindThreeKilled(IReadOnlyList<Document> documents)
    {
        var claims = documents.Where(d => d.Text.Contains("three people were killed", StringComparison.Ordinal)).Select(d =>
        {
            var start = d.Text.IndexOf("three people were killed", StringComparison.Ordinal);
            var span = new TextSpan(start, start + 24);
            return new Claims.Claim("p-" + d.Id, Claims.ClaimKind.Casualties, d.Id, d.Source, "people killed",
                new Claims.CasualtyValue(Claims.CasualtyType.Killed, "people", Recognition.Numbers.NumberValue.Exactly(3)),
                new Claims.Claimant("police", null, false), Claims.Modality.Asserted, new Claims.Evidence(span, span.Slice(d.Text), span, d.Text), 1)
            {
                EventId = "e1",
            };
        }).ToList();
        return new Analysis(documents, claims, [], [], []);
    }
}
