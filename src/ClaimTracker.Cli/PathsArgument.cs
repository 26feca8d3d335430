using System.CommandLine;

namespace ClaimTracker.Cli;

/// <summary>The <c>&lt;paths&gt;</c> argument of the verbs that read articles.</summary>
internal static class PathsArgument
{
    public static Argument<string[]> Create() => new("paths")
    {
        Description = "Article files (.txt, .json) or folders to read.",
        Arity = ArgumentArity.OneOrMore,
    };
}
