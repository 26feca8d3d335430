using ClaimTracker.Documents;
using Newtonsoft.Json.Linq;

namespace ClaimTracker.Cli.Tests;

public sealed class AnalyzeCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("claimtracker-analyze-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void The_seed_report_shows_the_contested_strike_with_both_sides_and_quotes()
    {
        var run = CliRun.Of("analyze", CliRun.Seeds);

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("EVENT drone strike — Nakhchivan");
        run.Output.Should().MatchRegex(@"CONFLICT numericMismatch \(hard\) on people injured: .*2 \(News\.Az\) vs 4");
        run.Output.Should().Contain("\"two civilians were injured\"").And.Contain("\"Four civilians were reportedly wounded\"");
        run.Output.Should().Contain("CONFLICT stanceConflict (hard) on Iran's stance");
        run.Output.Should().Contain("CONFLICT attributionMismatch (hard) on attacker");
    }

    [Fact]
    public void Json_output_follows_the_documented_contract()
    {
        var run = CliRun.Of("analyze", CliRun.Seeds, "--format", "json");

        var json = JObject.Parse(run.Output);
        json["documents"]!.Should().HaveCount(5);
        var claim = (JObject)json["claims"]!.First(c => c["kind"]!.Value<string>() == "casualties");
        claim.Properties().Select(p => p.Name).Should().Contain(["id", "kind", "documentId", "source", "subject", "value", "claimant", "modality", "evidence", "confidence", "eventId"]);
        claim["evidence"]!.Value<JObject>()!.Properties().Select(p => p.Name).Should().Contain(["span", "text", "sentence", "sentenceText"]);
        var kinds = json["conflicts"]!.Select(c => c["kind"]!.Value<string>()).ToList();
        kinds.Should().Contain(["numericMismatch", "attributionMismatch", "stanceConflict", "divergentEstimates"]);
        json["conflicts"]![0]!["claimIds"]!.Should().NotBeEmpty();
        json["events"]!.Select(e => e["label"]!.Value<string>()).Should().Contain(l => l!.StartsWith("drone strike — Nakhchivan", StringComparison.Ordinal));
    }

    [Fact]
    public void Articles_that_agree_produce_no_conflict()
    {
        File.WriteAllText(Path.Combine(_folder.FullName, "a.txt"), " date 2025-06-14 Three people were killed when a car bomb exploded in Harbor City on Friday, police said.");
        File.WriteAllText(Path.Combine(_folder.FullName, "b.txt"), " date 2025-06-15 A car bomb killed three people in Harbor City on Friday.");

        var run = CliRun.Of("analyze", _folder.FullName);

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("0 conflict(s)").And.NotContain("CONFLICT");
    }

    [Fact]
    public void Nothing_readable_is_an_error_that_names_the_rejected_input()
    {
        File.WriteAllText(Path.Combine(_folder.FullName, "empty.txt"), "");

        var run = CliRun.Of("analyze", _folder.FullName);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("empty.txt").And.Contain("No article could be read");
    }

    [Fact]
    public void Json_gives_each_documents_length_though_no_text_is_kept()
    {
        var lengths = new DocumentLoader().LoadPaths([CliRun.Seeds]).Documents.ToDictionary(d => d.Id, d => d.Text.Length);

        var run = CliRun.Of("analyze", CliRun.Seeds, "--format", "json");

        var documents = JObject.Parse(run.Output)["documents"]!;
        documents.ToDictionary(d => d["id"]!.Value<string>()!, d => d["characters"]!.Value<int>()).Should().Equal(lengths);
    }

    [Fact]
    public void A_rejected_file_is_named_and_the_others_are_still_analyzed()
    {
        File.WriteAllText(Path.Combine(_folder.FullName, "a.txt"), " date 2025-06-14 Three people were killed when a car bomb exploded in Harbor City on Friday, police said.");
        File.WriteAllBytes(Path.Combine(_folder.FullName, "b.txt"), [0x41, 0x00, 0x42]);
        File.WriteAllText(Path.Combine(_folder.FullName, "c.txt"), " date 2025-06-15 Five people were killed when a car bomb exploded in Harbor City on Friday.");

        var run = CliRun.Of("analyze", _folder.FullName, Path.Combine(_folder.FullName, "missing.txt"));

        run.ExitCode.Should().Be(0);
        run.Error.Should().Contain("skipped " + Path.Combine(_folder.FullName, "missing.txt") + ": no such file or folder")
            .And.Contain("b.txt: the file looks binary");
        run.Output.Should().StartWith("2 document(s)").And.Contain("CONFLICT numericMismatch");
    }
}
