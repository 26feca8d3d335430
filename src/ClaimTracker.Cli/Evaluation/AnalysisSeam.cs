using ClaimTracker.Documents;

namespace ClaimTracker.Cli.Evaluation;

/// <summary>Where <c>evaluate</c> gets the pipeline under test; the pipeline entry point is wired here at merge.</summary>
internal static class AnalysisSeam
{
    internal static Func<IReadOnlyList<Document>, Analysis> Analyze { get; } = _ => throw new NotImplementedException("wired by the lead");
}
