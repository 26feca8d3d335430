using ClaimTracker.Api.Http;
using ClaimTracker.Api.Library;
using ClaimTracker.Claims;
using ClaimTracker.Conflicts;
using ClaimTracker.Events;

namespace ClaimTracker.Api.Endpoints;

/// <summary><c>/events</c>: the events the stored claims are about, each with its claims, conflicts and summaries.</summary>
internal static class EventEndpoints
{
    public static RouteGroupBuilder MapEvents(this RouteGroupBuilder api)
    {
        api.MapGet("/events", ListAsync)
            .WithSummary("Events, paged")
            .Produces<PagedList<Event>>().ProducesProblem(400);
        api.MapGet("/events/{id}", GetAsync)
            .WithSummary("One event with its claims, conflicts and per-quantity summaries")
            .Produces<EventView>().ProducesProblem(404);
        return api;
    }

    private static async Task<IResult> ListAsync(HttpRequest request, PersistentTracker tracker, CancellationToken cancellationToken)
    {
        if (!Paging.TryRead(request, out var paging, out var problem))
        {
            return problem!;
        }

        var analysis = await tracker.AnalyzeAsync(cancellationToken);
        return new JsonResponse(paging.Apply(analysis.Events));
    }

    private static async Task<IResult> GetAsync(string id, PersistentTracker tracker, CancellationToken cancellationToken)
    {
        var analysis = await tracker.AnalyzeAsync(cancellationToken);
        var found = analysis.Events.FirstOrDefault(e => string.Equals(e.Id, id, StringComparison.Ordinal));
        if (found is null)
        {
            return Problem.NotFound($"No event has the id '{id}'.");
        }

        var view = new EventView(
            found,
            analysis.Claims.Where(c => string.Equals(c.EventId, id, StringComparison.Ordinal)).ToArray(),
            analysis.Conflicts.Where(c => string.Equals(c.EventId, id, StringComparison.Ordinal)).ToArray(),
            analysis.Summaries.Where(s => string.Equals(s.EventId, id, StringComparison.Ordinal)).ToArray());
        return new JsonResponse(view);
    }

    /// <summary>An event with everything known about it.</summary>
    internal sealed record EventView(Event Event, IReadOnlyList<Claim> Claims, IReadOnlyList<Conflict> Conflicts, IReadOnlyList<QuantitySummary> Summaries);
}
