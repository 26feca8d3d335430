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
        // Neither report prints article text, so the tracker drops each text once its claims are extracted.
        var tracker = new Tracker(new TrackerOptions { KeepText = false });
        var characters = Read(paths, tracker, error, quiet);
        if (characters.Count == 0)
        {
            ArticleInput.NoneRead(error);
            return 2;
        }

        var analysis = tracker.Analyze();
        if (format == OutputFormat.Json)
        {
            output.WriteLine(AnalysisJson.Write(analysis, characters));
        }
        else
        {
            new AnalysisTextReport(analysis).Write(output);
        }

        return 0;
    }

    /// <summary>
    /// Reads the articles one file at a time and adds them to <paramref name="tracker"/> in slices, each extracted on
    /// all cores while the next slice is read, so only two slices' texts are ever in memory and the bar can move.
    /// Rejected inputs are named as they are met. Returns each document's length in characters, which the JSON reports and the tracker no longer holds.
    /// </summary>
    private static Dictionary<string, int> Read(string[] paths, Tracker tracker, TextWriter error, bool quiet)
    {
        var loader = new DocumentLoader();
        var missing = new List<DocumentError>();
        var files = loader.FindArticles(paths, missing);
        foreach (var rejected in missing)
        {
            ArticleInput.Skipped(rejected, error);
        }

        var progress = ProgressBar.ForTerminal(error, files.Count, "articles", quiet);
        var characters = new Dictionary<string, int>(StringComparer.Ordinal);
        var done = 0;
        foreach (var results in ReadAhead.Of(loader.LoadEach(files).Chunk(Math.Max(32, Environment.ProcessorCount * 16))))
        {
            var documents = new List<Document>(results.Length);
            foreach (var result in results)
            {
                if (result.Success)
                {
                    documents.Add(result.Document);
                    characters[result.Document.Id] = result.Document.Text.Length;
                }
                else
                {
                    progress?.Clear();
                    ArticleInput.Skipped(result.Error, error);
                }
            }

            tracker.Add(documents);
            done += results.Length;
            progress?.Report(done);
        }

        progress?.Clear();
        return characters;
    }
}
