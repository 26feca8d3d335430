using ClaimTracker.Api.Http;
using ClaimTracker.Scoring;
using Microsoft.Extensions.Options;

namespace ClaimTracker.Api.Endpoints;

/// <summary><c>/score</c>: articles in, their sentences ranked by check-worthiness out; nothing is stored.</summary>
internal static class ScoreEndpoints
{
    public static RouteGroupBuilder MapScore(this RouteGroupBuilder api)
    {
        api.MapPost("/score", ScoreAsync)
            .WithSummary("Rank the sentences of one article or an array of articles by check-worthiness; the JSON of `claimtracker rank --format json`")
            .Accepts<DocumentEndpoints.ArticleBody[]>("application/json")
            .Produces<ScoreView>()
            .ProducesProblem(400).ProducesProblem(413).ProducesProblem(415);
        return api;
    }

    private static async Task<IResult> ScoreAsync(HttpRequest request, IOptions<ApiOptions> options)
    {
        var (documents, problem) = await ArticleListBody.ReadAsync(request, options.Value);
        if (problem is not null)
        {
            return problem;
        }

        return new JsonResponse(new ScoreView(documents!.Select(d => new ScoredDocument(d.Id, SentenceScorer.Default.Rank(d.Text))).ToArray()));
    }

    /// <summary>Each article's sentences, highest check-worthiness first.</summary>
    internal sealed record ScoreView(IReadOnlyList<ScoredDocument> Documents);

    /// <summary>One article's ranked sentences.</summary>
    internal sealed record ScoredDocument(string Id, IReadOnlyList<RankedSentence> Sentences);
}
