using System.Text;
using ClaimTracker.Serialization;

namespace ClaimTracker.Api.Http;

/// <summary>A response body written under the project's JSON contract (<see cref="ClaimTrackerJson"/>), not System.Text.Json.</summary>
internal sealed class JsonResponse(object? value, int statusCode = StatusCodes.Status200OK, string contentType = "application/json; charset=utf-8") : IResult
{
    public int StatusCode => statusCode;

    public object? Value => value;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = statusCode;
        httpContext.Response.ContentType = contentType;
        var body = Encoding.UTF8.GetBytes(ClaimTrackerJson.Serialize(value));
        httpContext.Response.ContentLength = body.Length;
        await httpContext.Response.Body.WriteAsync(body, httpContext.RequestAborted);
    }
}
