using System.CommandLine;

namespace ClaimTracker.Cli.Commands;

/// <summary><c>claimtracker recognize "&lt;text&gt;"</c>: what the number, date and actor recognizers find.</summary>
internal static class RecognizeCommand
{
    public static Command Create() => new("recognize", "Show the numbers, dates, actors and places found in a text, with their spans.");
}
