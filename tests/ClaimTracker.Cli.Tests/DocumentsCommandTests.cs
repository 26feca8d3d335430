using Newtonsoft.Json.Linq;

namespace ClaimTracker.Cli.Tests;

public sealed class DocumentsCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("claimtracker-cli-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Lists_the_seeds_with_source_date_and_sentence_count()
    {
        var run = CliRun.Of("documents", CliRun.Seeds);

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("Loaded 5 document(s); rejected 0.");
        run.Output.Should().MatchRegex(@"000_e5b26e644eac3779\s+News\.Az\s+2026-03-06\s+\d+");
        run.Output.Should().MatchRegex(@"002_1a9bcebe537d78f8\s+.*\s+unknown\s+\d+");
    }

    [Fact]
    public void Json_output_lists_documents_and_rejections_and_the_exit_code_reports_them()
    {
        File.WriteAllText(Path.Combine(_folder.FullName, "good.txt"), "Two people were hurt.");
        File.WriteAllBytes(Path.Combine(_folder.FullName, "bad.txt"), [0xFF, 0xFE, 0x00]);

        var run = CliRun.Of("documents", _folder.FullName, "--format", "json");

        run.ExitCode.Should().Be(1);
        var json = JObject.Parse(run.Output);
        json["documents"]!.Should().ContainSingle();
        json["documents"]![0]!["sentences"]!.Value<int>().Should().Be(1);
        json["rejected"]![0]!["origin"]!.Value<string>().Should().EndWith("bad.txt");
        json["rejected"]![0]!["reason"]!.Value<string>().Should().Contain("binary");
    }

    [Fact]
    public void A_missing_argument_is_a_usage_error()
    {
        var run = CliRun.Of("documents");

        run.ExitCode.Should().NotBe(0);
        run.Error.Should().Contain("Required argument missing");
    }
}
