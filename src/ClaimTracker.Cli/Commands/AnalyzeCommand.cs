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
        var command = new Command("analyze", "Extract claims from the articles, group them into events and report where sources conflict.")
        {
            paths,
            format,
        };
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(format), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string[] paths, OutputFormat format, TextWriter output, TextWriter error)
    {
        var batch = new DocumentLoader().LoadPaths(paths);
        foreach (var rejected in batch.Errors)
        {
            error.WriteLine($"skipped {rejected.Origin}: {rejected.Reason}");
        }

        if (batch.Documents.Count == 0)
        {
            error.WriteLine("No article could be read.");
            return 2;
        }

        var analysis = Tracker.AnalyzeAll(batch.Documents);
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
}
