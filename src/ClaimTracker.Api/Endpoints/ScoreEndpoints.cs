using ClaimTracker.Api.Http;
using ClaimTracker.Documents;
using ClaimTracker.Scoring;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

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
        var limits = options.Value;
        var (json, problem) = await JsonBody.ReadAsync(request, limits.MaxRequestBytes);
        if (problem is not null)
        {
            return problem;
        }

        var articles = json is JArray array ? array.ToArray() : [json!];
        if (articles.Length > limits.MaxArticlesPerRequest)
        {
            return Problem.TooLarge($"One request holds at most {limits.MaxArticlesPerRequest} articles, not {articles.Length}.");
        }

        var reader = new Library.ArticleReader(limits.MaxTextBytes);
        var documents = new List<Document>(articles.Length);
        for (var index = 0; index < articles.Length; index++)
        {
            var (document, invalid) = reader.Read(articles[index]);
            if (invalid is not null)
            {
                return (invalid with { Detail = $"Article {index}: {invalid.Detail}" }).ToResult();
            }

            documents.Add(document!);
        }

        return new JsonResponse(new ScoreView(documents.Select(d => new ScoredDocument(d.Id, SentenceScorer.Default.Rank(d.Text))).ToArray()));
    }

    /// <summary>Each article's sentences, highest check-worthiness first.</summary>
    internal sealed record ScoreView(IReadOnlyList<ScoredDocument> Documents);

    /// <summary>One article's ranked sentences.</summary>
    internal sealed record ScoredDocument(string Id, IReadOnlyList<RankedSentence> Sentences);
}
