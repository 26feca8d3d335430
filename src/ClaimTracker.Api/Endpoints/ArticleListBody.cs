using ClaimTracker.Api.Http;
using ClaimTracker.Api.Library;
using ClaimTracker.Documents;
using Newtonsoft.Json.Linq;

namespace ClaimTracker.Api.Endpoints;

/// <summary>
/// The body of the endpoints that work on articles without storing them: one article or an array of them, every one
/// valid. The first invalid article answers for the whole request, naming its index.
/// </summary>
internal static class ArticleListBody
{
    public static async Task<(IReadOnlyList<Document>? Documents, IResult? Problem)> ReadAsync(HttpRequest request, ApiOptions limits)
    {
        var (json, problem) = await JsonBody.ReadAsync(request, limits.MaxRequestBytes);
        if (problem is not null)
        {
            return (null, problem);
        }

        var articles = json is JArray array ? array.ToArray() : [json!];
        if (articles.Length > limits.MaxArticlesPerRequest)
        {
            return (null, Problem.TooLarge($"One request holds at most {limits.MaxArticlesPerRequest} articles, not {articles.Length}."));
        }

        var reader = new ArticleReader(limits.MaxTextBytes);
        var documents = new List<Document>(articles.Length);
        for (var index = 0; index < articles.Length; index++)
        {
            var (document, invalid) = reader.Read(articles[index]);
            if (invalid is not null)
            {
                return (null, (invalid with { Detail = $"Article {index}: {invalid.Detail}" }).ToResult());
            }

            documents.Add(document!);
        }

        return (documents, null);
    }
}
