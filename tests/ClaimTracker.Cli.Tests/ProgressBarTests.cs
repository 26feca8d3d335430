namespace ClaimTracker.Cli.Tests;

public sealed class ProgressBarTests
{
    [Fact]
    public void A_bar_shows_the_count_the_rate_and_the_time_left()
    {
        var time = new SteppingClock();
        var bar = new ProgressBar(new StringWriter(), 1000, "articles", time);

        var line = bar.Render(250, TimeSpan.FromSeconds(5));

        line.Should().StartWith("[" + new string('#', 7) + new string('-', 23) + "]");
        line.Should().Contain("250/1,000 articles").And.Contain("50.0/s").And.Contain("ETA 0:15");
    }

    [Fact]
    public void The_bar_redraws_in_place_and_is_erased_at_the_end()
    {
        var writer = new StringWriter();
        var time = new SteppingClock();
        var bar = new ProgressBar(writer, 2, "articles", time);

        bar.Report(1);
        time.Advance(TimeSpan.FromSeconds(1));
        bar.Report(2);
        bar.Clear();

        var written = writer.ToString();
        written.Should().StartWith("\r[").And.Contain("2/2 articles").And.EndWith("\r");
        written.Should().NotContain("\n");
    }

    [Fact]
    public void No_bar_is_made_for_a_captured_stream_or_when_quiet()
    {
        ProgressBar.ForTerminal(new StringWriter(), 10, "articles", quiet: false).Should().BeNull();
        ProgressBar.ForTerminal(Console.Error, 10, "articles", quiet: true).Should().BeNull();
    }

    [Fact]
    public void Piped_analysis_prints_the_report_and_nothing_on_the_error_stream()
    {
        var run = CliRun.Of("analyze", CliRun.Seeds);

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
        run.Output.Should().NotContain("\r").And.NotContain("ETA");
    }

    /// <summary>A clock that moves only when told, so the redraw throttle is tested without waiting.</summary>
    private sealed class SteppingClock : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}
