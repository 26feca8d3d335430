using ClaimTracker.Serialization;

namespace ClaimTracker.Cli.Reports;

/// <summary>
/// The JSON of <c>claimtracker analyze --format json</c>: documents (without their text), claims, events, conflicts and
/// quantity summaries in one object, under the project's JSON contract.
/// </summary>
internal static class AnalysisJson
{
    /// <summary>The JSON of <paramref name="analysis"/>.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="characters">Each document's length, by id: the analysis may hold documents without their text.</param>
    public static string Write(Analysis analysis, IReadOnlyDictionary<string, int> characters) => ClaimTrackerJson.Serialize(
        new
        {
            documents = analysis.Documents.Select(d => new { d.Id, d.Source, d.Url, d.Published, d.Title, characters = characters.GetValueOrDefault(d.Id, d.Text.Length) }),
            analysis.Claims,
            analysis.Events,
            analysis.Conflicts,
            summaries = analysis.Summaries,
        },
        indented: true);
}
