using System.CommandLine;
using ClaimTracker.Cli.Commands;

namespace ClaimTracker.Cli.Tests;

public sealed class HedgeEvaluationCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "claimtracker-cli-hedges-" + Guid.NewGuid().ToString("N"));

    public HedgeEvaluationCommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_missing_corpus_exits_2_with_a_message()
    {
        var run = Run("--hedges", Path.Combine(_folder, "nowhere.xml"));

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("no such file");
    }

    [Fact]
    public void Hedges_with_a_gold_file_is_a_usage_error()
    {
        var run = Run("gold.json", "--hedges", _folder);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("exactly one of");
    }

    [Fact]
    public void A_corpus_gives_the_score_the_reference_and_the_missed_cues()
    {
        var file = Path.Combine(_folder, "wiki.xml");
        File.WriteAllText(file, """
            <Annotation><DocumentSet><Document><DocumentPart type="Text">
            <Sentence>The bridge <ccue>may</ccue> have been built in 1820.</Sentence>
            <Sentence>It is <ccue>widely held</ccue> to be haunted.</Sentence>
            <Sentence>The river is 40 km long.</Sentence>
            </DocumentPart></Document></DocumentSet></Annotation>
            """);

        var run = Run("--hedges", file);

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("3 sentences, 2 uncertain").And.Contain("P 1.000  R 0.500  F1 0.667").And.Contain("Morante et al. 2010");
        run.Output.Should().MatchRegex(@"widely held\s+1");
    }

    private static CliRun Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var root = new RootCommand { EvaluateCommand.Create() };
        var exitCode = root.Parse(["evaluate", .. args]).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
