using System.CommandLine;
using ClaimTracker.Cli.Commands;

namespace ClaimTracker.Cli;

/// <summary>The <c>claimtracker</c> command tree.</summary>
internal static class CommandLine
{
    public static RootCommand Build() => new("ClaimTracker reads news articles, extracts factual claims and shows where sources contradict each other.")
    {
        AnalyzeCommand.Create(),
        RecognizeCommand.Create(),
        DocumentsCommand.Create(),
        EvaluateCommand.Create(),
        TrainCommand.Create(),
        RankCommand.Create(),
    };
}
