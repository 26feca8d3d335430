using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json;

namespace ClaimTracker.Api.Http;

/// <summary>
/// Makes every error a problem+json answer: exceptions (never with a stack trace) and bodiless error statuses from
/// routing, such as an unknown path (404) or method (405).
/// </summary>
internal static class ErrorResponses
{
    public static WebApplication UseProblemResponses(this WebApplication app)
    {
        app.UseExceptionHandler(errors => errors.Run(async context =>
        {
            var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
            var problem = error switch
            {
                BadHttpRequestException bad => Problem.For(bad.StatusCode, "The request could not be read."),
                JsonException => Problem.For(StatusCodes.Status400BadRequest, "The body is not valid JSON."),
                SqliteException or IOException => Problem.For(StatusCodes.Status503ServiceUnavailable, "The store is not available; try again later."),
                _ => Problem.For(StatusCodes.Status500InternalServerError, "The server could not answer this request."),
            };
            await problem.ToResult().ExecuteAsync(context);
        }));
        app.UseStatusCodePages(async pages =>
        {
            var response = pages.HttpContext.Response;
            var detail = response.StatusCode switch
            {
                StatusCodes.Status404NotFound => "There is nothing at this address.",
                StatusCodes.Status405MethodNotAllowed => "This address does not take this method.",
                StatusCodes.Status415UnsupportedMediaType => "Send the body as application/json.",
                _ => "The request could not be answered.",
            };
            await Problem.For(response.StatusCode, detail).ToResult().ExecuteAsync(pages.HttpContext);
        });
        return app;
    }
}
