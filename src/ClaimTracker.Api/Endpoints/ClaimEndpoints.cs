using ClaimTracker.Api.Http;
using ClaimTracker.Api.Library;
using ClaimTracker.Claims;

namespace ClaimTracker.Api.Endpoints;

/// <summary><c>/claims</c>: every claim, filtered by event, kind and source, and searched by the words of its evidence.</summary>
internal static class ClaimEndpoints
{
    private const int MaxSearchHits = 10_000;

    public static RouteGroupBuilder MapClaims(this RouteGroupBuilder api)
    {
        api.MapGet("/claims", ListAsync)
            .WithSummary("Claims, paged; q is a full-text search over the quote and sentence of each claim, best match first")
            .Produces<PagedList<Claim>>().ProducesProblem(400);
        return api;
    }

    private static async Task<IResult> ListAsync(HttpRequest request, PersistentTracker tracker, CancellationToken cancellationToken)
    {
        if (!Paging.TryRead(request, out var paging, out var problem) || !QueryValues.TryEnum<ClaimKind>(request, "kind", out var kind, out problem))
        {
            return problem!;
        }

        var eventId = QueryValues.Text(request, "event");
        var source = QueryValues.Text(request, "source");
        var words = QueryValues.Text(request, "q");
        var claims = (await tracker.AnalyzeAsync(cancellationToken)).Claims
            .Where(c => eventId is null || string.Equals(c.EventId, eventId, StringComparison.Ordinal))
            .Where(c => kind is null || c.Kind == kind)
            .Where(c => source is null || string.Equals(c.Source, source, StringComparison.OrdinalIgnoreCase));
        if (words is not null)
        {
            if (!words.Any(char.IsLetterOrDigit))
            {
                return Problem.BadRequest("'q' must hold at least one word.");
            }

            var hits = await tracker.Store.SearchClaimsAsync(words, MaxSearchHits, cancellationToken);
            var rank = hits.Select((hit, index) => (hit.Id, index)).DistinctBy(h => h.Id).ToDictionary(h => h.Id, h => h.index, StringComparer.Ordinal);
            claims = claims.Where(c => rank.ContainsKey(c.Id)).OrderBy(c => rank[c.Id]);
        }

        return new JsonResponse(paging.Apply(claims.ToArray()));
    }
}
