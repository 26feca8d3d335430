using System.CommandLine;

namespace ClaimTracker.Cli.Tests;

/// <summary>Runs the command line in-process, as a user would call it, capturing what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = CommandLine.Build().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public static string Seeds => Path.Combine(AppContext.BaseDirectory, "seeds");
}
