using ClaimTracker.Serialization;

namespace ClaimTracker.Cli.Reports;

/// <summary>
/// The JSON of <c>claimtracker analyze --format json</c>: documents (without their text), claims, events, conflicts and
/// quantity summaries in one object, under the project's JSON contract.
/// </summary>
internal static class AnalysisJson
{
    public static string Write(Analysis analysis) => ClaimTrackerJson.Serialize(
        new
        {
            documents = analysis.Documents.Select(d => new { d.Id, d.Source, d.Url, d.Published, d.Title, characters = d.Text.Length }),
            analysis.Claims,
            analysis.Events,
            analysis.Conflicts,
            summaries = analysis.Summaries,
        },
        indented: true);
}
