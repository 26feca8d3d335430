using ClaimTracker.Api.Http;
using ClaimTracker.Api.Library;
using Microsoft.Extensions.Options;

namespace ClaimTracker.Api.Endpoints;

/// <summary><c>/health</c>: 200 when the store answers, 503 when it does not.</summary>
internal static class HealthEndpoints
{
    public static RouteGroupBuilder MapHealth(this RouteGroupBuilder api)
    {
        api.MapGet("/health", CheckAsync)
            .WithSummary("Whether the store can be read")
            .Produces<HealthView>().ProducesProblem(503);
        return api;
    }

    private static async Task<IResult> CheckAsync(PersistentTracker tracker, IOptions<ApiOptions> options, CancellationToken cancellationToken)
    {
        if (!await tracker.Store.IsHealthyAsync(cancellationToken))
        {
            return Problem.For(StatusCodes.Status503ServiceUnavailable, "The store cannot be read.").ToResult();
        }

        return new JsonResponse(new HealthView("healthy", await tracker.Store.CountAsync(cancellationToken), options.Value.ApiKeys.Length > 0));
    }

    /// <summary>The health answer; <c>WritesNeedApiKey</c> tells a client (such as the page) whether to ask for a key.</summary>
    internal sealed record HealthView(string Status, int Documents, bool WritesNeedApiKey);
}
