using System.CommandLine;
using ClaimTracker.Cli.Reports;
using ClaimTracker.Documents;

namespace ClaimTracker.Cli.Commands;

/// <summary><c>claimtracker analyze &lt;paths&gt;</c>: claims, events and conflicts across the given articles.</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var paths = PathsArgument.Create();
        var format = FormatOption.Create();
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Show no progress bar (it only ever appears on a terminal)." };
        var command = new Command("analyze", "Extract claims from the articles, group them into events and report where sources conflict.")
        {
            paths,
            format,
            quiet,
        };
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(format), parse.GetValue(quiet), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string[] paths, OutputFormat format, bool quiet, TextWriter output, TextWriter error)
    {
        var documents = ArticleInput.Load(paths, error);
        if (documents is null)
        {
            return 2;
        }

        var analysis = Analyze(documents, ProgressBar.ForTerminal(error, documents.Count, "articles", quiet));
        if (format == OutputFormat.Json)
        {
            output.WriteLine(AnalysisJson.Write(analysis));
        }
        else
        {
            new AnalysisTextReport(analysis).Write(output);
        }

        return 0;
    }

    /// <summary>
    /// Extracts in slices so the bar can move; each slice still runs on all cores. Without a bar, one call does all.
    /// </summary>
    private static Analysis Analyze(IReadOnlyList<Document> documents, ProgressBar? progress)
    {
        if (progress is null)
        {
            return Tracker.AnalyzeAll(documents);
        }

        var tracker = new Tracker();
        var slice = Math.Max(16, Environment.ProcessorCount * 8);
        for (var done = 0; done < documents.Count; done += slice)
        {
            tracker.Add(documents.Skip(done).Take(slice));
            progress.Report(Math.Min(done + slice, documents.Count));
        }

        progress.Clear();
        return tracker.Analyze();
    }
}
