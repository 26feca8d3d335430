using ClaimTracker.Api.Http;
using ClaimTracker.Api.Library;
using ClaimTracker.Conflicts;

namespace ClaimTracker.Api.Endpoints;

/// <summary><c>/conflicts</c>: where sources disagree, filtered as <see cref="Tracker.FindConflicts"/> filters.</summary>
internal static class ConflictEndpoints
{
    public static RouteGroupBuilder MapConflicts(this RouteGroupBuilder api)
    {
        api.MapGet("/conflicts", ListAsync)
            .WithSummary("Conflicts, paged, by event, kind, severity and source")
            .Produces<PagedList<Conflict>>().ProducesProblem(400);
        return api;
    }

    private static async Task<IResult> ListAsync(HttpRequest request, PersistentTracker tracker, CancellationToken cancellationToken)
    {
        if (!Paging.TryRead(request, out var paging, out var problem)
            || !QueryValues.TryEnum<ConflictKind>(request, "kind", out var kind, out problem)
            || !QueryValues.TryEnum<Severity>(request, "severity", out var severity, out problem))
        {
            return problem!;
        }

        var query = new ConflictQuery(QueryValues.Text(request, "event"), kind, QueryValues.Text(request, "source"), severity);
        return new JsonResponse(paging.Apply(await tracker.FindConflictsAsync(query, cancellationToken)));
    }
}
