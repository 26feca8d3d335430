using System.CommandLine;

namespace ClaimTracker.Cli;

/// <summary>How a command prints its result.</summary>
internal enum OutputFormat
{
    /// <summary>A report for people.</summary>
    Text,

    /// <summary>The project's JSON contract, for programs.</summary>
    Json,
}

/// <summary>The <c>--format</c> option shared by every command.</summary>
internal static class FormatOption
{
    public static Option<OutputFormat> Create() => new("--format", "-f")
    {
        Description = "Output format: text (default) or json.",
        DefaultValueFactory = _ => OutputFormat.Text,
    };
}
