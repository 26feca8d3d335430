using Newtonsoft.Json.Linq;

namespace ClaimTracker.Cli.Tests;

public class RecognizeCommandTests
{
    private const string Text = "Baku confirmed that four UAVs were directed toward the region on Thursday.";

    [Fact]
    public void Text_output_lists_each_kind_with_spans_and_values()
    {
        var run = CliRun.Of("recognize", Text, "--published", "2026-03-08");

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("Numbers (1)").And.MatchRegex(@"20-24\s+four\s+4 count, exact");
        run.Output.Should().MatchRegex(@"on Thursday\s+2026-03-05 day");
        run.Output.Should().MatchRegex(@"0-4\s+Baku\s+Azerbaijan \[AZ\] country, metonym");
    }

    [Fact]
    public void Json_output_follows_the_documented_shape()
    {
        var run = CliRun.Of("recognize", Text, "--published", "2026-03-08", "--format", "json");

        var json = JObject.Parse(run.Output);
        json["published"]!.Value<string>().Should().Be("2026-03-08");
        var number = json["numbers"]![0]!;
        number["span"]!.ToString(Newtonsoft.Json.Formatting.None).Should().Be("""{"start":20,"end":24}""");
        number["value"]!["min"]!.Value<decimal>().Should().Be(4);
        number["kind"]!.Value<string>().Should().Be("count");
        json["dates"]![0]!["value"]!["start"]!.Value<string>().Should().Be("2026-03-05");
        json["actors"]![0]!["actor"]!["id"]!.Value<string>().Should().Be("AZ");
        json["actors"]![0]!["form"]!.Value<string>().Should().Be("metonym");
    }

    [Fact]
    public void Without_a_publication_date_a_weekday_stays_unresolved()
    {
        var run = CliRun.Of("recognize", Text);

        run.Output.Should().MatchRegex(@"on Thursday\s+unresolved");
    }

    [Fact]
    public void A_malformed_publication_date_is_a_usage_error()
    {
        var run = CliRun.Of("recognize", Text, "--published", "08/03/2026");

        run.ExitCode.Should().NotBe(0);
        run.Error.Should().Contain("YYYY-MM-DD");
    }
}
