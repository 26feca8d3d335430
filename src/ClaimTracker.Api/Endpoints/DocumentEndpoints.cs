using ClaimTracker.Api.Http;
using ClaimTracker.Api.Library;
using ClaimTracker.Documents;
using ClaimTracker.Storage;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace ClaimTracker.Api.Endpoints;

/// <summary><c>/documents</c>: ingest, list, read and delete articles.</summary>
internal static class DocumentEndpoints
{
    public static RouteGroupBuilder MapDocuments(this RouteGroupBuilder api)
    {
        api.MapPost("/documents", PostAsync).AddEndpointFilter<ApiKeyFilter>()
            .WithSummary("Ingest one article; 201 when new, 200 when the same article is already stored")
            .Accepts<ArticleBody>("application/json")
            .Produces<DocumentWithClaims>(StatusCodes.Status201Created).Produces<DocumentWithClaims>()
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(413).ProducesProblem(415);
        api.MapPost("/documents:batch", PostBatchAsync).AddEndpointFilter<ApiKeyFilter>()
            .WithSummary("Ingest many articles; each gets its own result")
            .Accepts<ArticleBody[]>("application/json")
            .Produces<BatchItemView[]>()
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(413).ProducesProblem(415);
        api.MapGet("/documents", ListAsync)
            .WithSummary("Stored documents, paged, without their text")
            .Produces<PagedList<DocumentView>>().ProducesProblem(400);
        api.MapGet("/documents/{id}", GetAsync)
            .WithSummary("One stored document with its text and claims")
            .Produces<DocumentWithClaims>().ProducesProblem(404);
        api.MapDelete("/documents/{id}", DeleteAsync).AddEndpointFilter<ApiKeyFilter>()
            .WithSummary("Delete a document and its claims; events and conflicts are recomputed")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(401).ProducesProblem(404);
        return api;
    }

    private static async Task<IResult> PostAsync(HttpRequest request, PersistentTracker tracker, IOptions<ApiOptions> options, CancellationToken cancellationToken)
    {
        var limits = options.Value;

        // The body may be larger than the text: JSON escapes and the other fields.
        var (json, problem) = await JsonBody.ReadAsync(request, (limits.MaxTextBytes * 2) + (64 * 1024));
        if (problem is not null)
        {
            return problem;
        }

        var (document, invalid) = new ArticleReader(limits.MaxTextBytes).Read(json);
        if (invalid is not null)
        {
            return invalid.ToResult();
        }

        var result = await tracker.IngestAsync(document!, cancellationToken);
        var view = await IngestView.FromAsync(result.Stored, tracker.Store, cancellationToken);
        return new JsonResponse(view, result.Created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    private static async Task<IResult> PostBatchAsync(HttpRequest request, PersistentTracker tracker, IOptions<ApiOptions> options, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var (json, problem) = await JsonBody.ReadAsync(request, limits.MaxRequestBytes);
        if (problem is not null)
        {
            return problem;
        }

        if (json is not JArray articles)
        {
            return Problem.BadRequest("The body must be a JSON array of articles.");
        }

        if (articles.Count > limits.MaxArticlesPerRequest)
        {
            return Problem.TooLarge($"A batch holds at most {limits.MaxArticlesPerRequest} articles, not {articles.Count}.");
        }

        var reader = new ArticleReader(limits.MaxTextBytes);
        var results = new BatchItemView?[articles.Count];
        var documents = new List<Document>(articles.Count);
        var indexes = new List<int>(articles.Count);
        for (var index = 0; index < articles.Count; index++)
        {
            var (document, invalid) = reader.Read(articles[index]);
            if (invalid is not null)
            {
                results[index] = new BatchItemView(index, invalid.Status, null, invalid);
            }
            else
            {
                documents.Add(document!);
                indexes.Add(index);
            }
        }

        var stored = await tracker.IngestAllAsync(documents, cancellationToken);
        for (var i = 0; i < stored.Count; i++)
        {
            results[indexes[i]] = new BatchItemView(indexes[i], stored[i].Created ? StatusCodes.Status201Created : StatusCodes.Status200OK, DocumentView.From(stored[i].Stored), null);
        }

        return new JsonResponse(results);
    }

    private static async Task<IResult> ListAsync(HttpRequest request, PersistentTracker tracker, CancellationToken cancellationToken)
    {
        if (!Paging.TryRead(request, out var paging, out var problem))
        {
            return problem!;
        }

        await tracker.EnsureLoadedAsync(cancellationToken);
        var page = await tracker.Store.ListAsync(paging.Offset, paging.Limit, cancellationToken);
        var total = await tracker.Store.CountAsync(cancellationToken);
        return new JsonResponse(new PagedList<DocumentView>(page.Select(d => DocumentView.From(d)).ToArray(), total, paging.Limit, paging.Offset));
    }

    private static async Task<IResult> GetAsync(string id, PersistentTracker tracker, CancellationToken cancellationToken)
    {
        await tracker.EnsureLoadedAsync(cancellationToken);
        var stored = await tracker.Store.GetAsync(id, cancellationToken);
        return stored is null
            ? Problem.NotFound($"No document has the id '{id}'.")
            : new JsonResponse(await IngestView.FromAsync(stored, tracker.Store, cancellationToken, withText: true));
    }

    private static async Task<IResult> DeleteAsync(string id, PersistentTracker tracker, CancellationToken cancellationToken) =>
        await tracker.DeleteAsync(id, cancellationToken)
            ? Results.NoContent()
            : Problem.NotFound($"No document has the id '{id}'.");

    /// <summary>The request body of one article, for the OpenAPI document.</summary>
    internal sealed record ArticleBody(string? Id, string Source, string? Url, string? Published, string? Title, string Text);

    /// <summary>One entry of a batch answer: the article's index, its status and either its document or its problem.</summary>
    internal sealed record BatchItemView(int Index, int Status, DocumentView? Document, Problem? Problem);

    /// <summary>
    /// The shape of <see cref="IngestView"/> for the OpenAPI document: the claims are written from their stored JSON,
    /// which has exactly the fields of <see cref="Claims.Claim"/>.
    /// </summary>
    internal sealed record DocumentWithClaims(DocumentView Document, IReadOnlyList<Claims.Claim> Claims);

    /// <summary>A stored document with the claims stored with it.</summary>
    internal sealed record IngestView(DocumentView Document, IReadOnlyList<JRaw> Claims)
    {
        public static async Task<IngestView> FromAsync(StoredDocument stored, IClaimStore store, CancellationToken cancellationToken, bool withText = false)
        {
            var claims = await store.ClaimsOfAsync(stored.Document.Id, cancellationToken);
            return new IngestView(DocumentView.From(stored, withText), claims.Select(c => new JRaw(c.Json)).ToArray());
        }
    }
}
