using System.Globalization;

namespace ClaimTracker.Cli;

/// <summary>
/// A one-line progress bar with rate and time left, redrawn in place on a terminal's error stream. It is only made
/// for a terminal (see <see cref="ForTerminal"/>): when the stream is piped or captured nothing is written, so output
/// meant for files and other programs stays clean.
/// </summary>
internal sealed class ProgressBar
{
    private const int Width = 30;
    private static readonly TimeSpan RedrawEvery = TimeSpan.FromMilliseconds(100);

    private readonly TextWriter _writer;
    private readonly int _total;
    private readonly string _unit;
    private readonly TimeProvider _time;
    private readonly long _started;
    private long _drawn = long.MinValue;
    private int _lastLength;

    public ProgressBar(TextWriter writer, int total, string unit, TimeProvider time)
    {
        _writer = writer;
        _total = Math.Max(total, 1);
        _unit = unit;
        _time = time;
        _started = time.GetTimestamp();
    }

    /// <summary>A bar on <paramref name="error"/> when it is this process's terminal, or null (piped, captured, quiet).</summary>
    public static ProgressBar? ForTerminal(TextWriter error, int total, string unit, bool quiet) =>
        quiet || Console.IsErrorRedirected || !ReferenceEquals(error, Console.Error)
            ? null
            : new ProgressBar(error, total, unit, TimeProvider.System);

    /// <summary>Redraws the bar for <paramref name="done"/> items, at most ten times a second (and always at the end).</summary>
    public void Report(int done)
    {
        var now = _time.GetTimestamp();
        if (done < _total && _drawn != long.MinValue && _time.GetElapsedTime(_drawn, now) < RedrawEvery)
        {
            return;
        }

        _drawn = now;
        var line = Render(done, _time.GetElapsedTime(_started, now));
        _writer.Write("\r" + line + new string(' ', Math.Max(0, _lastLength - line.Length)));
        _lastLength = line.Length;
        _writer.Flush();
    }

    /// <summary>Erases the bar so the next line starts clean.</summary>
    public void Clear()
    {
        _writer.Write("\r" + new string(' ', _lastLength) + "\r");
        _writer.Flush();
    }

    /// <summary>"[#######-------]  1,200/5,000 articles  310.5/s  ETA 0:12".</summary>
    public string Render(int done, TimeSpan elapsed)
    {
        done = Math.Clamp(done, 0, _total);
        var filled = (int)((long)done * Width / _total);
        var rate = elapsed.TotalSeconds > 0 ? done / elapsed.TotalSeconds : 0;
        var eta = rate > 0 ? Format(TimeSpan.FromSeconds((_total - done) / rate)) : "--:--";
        return string.Create(CultureInfo.InvariantCulture,
            $"[{new string('#', filled)}{new string('-', Width - filled)}] {done:N0}/{_total:N0} {_unit}  {rate:0.0}/s  ETA {eta}");
    }

    private static string Format(TimeSpan span) => span.TotalHours >= 1
        ? span.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture)
        : span.ToString(@"m\:ss", CultureInfo.InvariantCulture);
}
