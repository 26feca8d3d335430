using ClaimTracker.Api.Http;
using Microsoft.Extensions.Options;

namespace ClaimTracker.Api.Endpoints;

/// <summary><c>/analyze</c>: articles in, claims, events and conflicts out; nothing is stored.</summary>
internal static class AnalyzeEndpoints
{
    public static RouteGroupBuilder MapAnalyze(this RouteGroupBuilder api)
    {
        api.MapPost("/analyze", AnalyzeAsync)
            .WithSummary("Analyze one article or an array of articles without storing them; the JSON of `claimtracker analyze --format json`")
            .Accepts<DocumentEndpoints.ArticleBody[]>("application/json")
            .Produces<AnalysisView>()
            .ProducesProblem(400).ProducesProblem(413).ProducesProblem(415);
        return api;
    }

    private static async Task<IResult> AnalyzeAsync(HttpRequest request, IOptions<ApiOptions> options)
    {
        var (documents, problem) = await ArticleListBody.ReadAsync(request, options.Value);
        if (problem is not null)
        {
            return problem;
        }

        return new JsonResponse(AnalysisView.From(Tracker.AnalyzeAll(documents!)));
    }

    /// <summary>The analysis as <c>claimtracker analyze --format json</c> writes it: documents without their text.</summary>
    internal sealed record AnalysisView(
        IReadOnlyList<AnalyzedDocument> Documents,
        IReadOnlyList<Claims.Claim> Claims,
        IReadOnlyList<Events.Event> Events,
        IReadOnlyList<Conflicts.Conflict> Conflicts,
        IReadOnlyList<Conflicts.QuantitySummary> Summaries)
    {
        public static AnalysisView From(Analysis analysis) => new(
            analysis.Documents.Select(d => new AnalyzedDocument(d.Id, d.Source, d.Url, d.Published, d.Title, d.Text.Length)).ToArray(),
            analysis.Claims,
            analysis.Events,
            analysis.Conflicts,
            analysis.Summaries);
    }

    /// <summary>A document of an analysis, without its text.</summary>
    internal sealed record AnalyzedDocument(string Id, string Source, Uri? Url, DateOnly? Published, string? Title, int Characters);
}
