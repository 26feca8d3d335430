using System.Security.Cryptography;
using System.Text;
using ClaimTracker.Api.Http;
using Microsoft.Extensions.Options;

namespace ClaimTracker.Api.Endpoints;

/// <summary>Lets a write through only with a configured key in <c>X-Api-Key</c>; with no key configured, writes are open.</summary>
internal sealed class ApiKeyFilter(IOptions<ApiOptions> options) : IEndpointFilter
{
    public const string Header = "X-Api-Key";

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var keys = options.Value.ApiKeys;
        if (keys.Length == 0)
        {
            return next(context);
        }

        var given = context.HttpContext.Request.Headers[Header].ToString();
        var givenBytes = Encoding.UTF8.GetBytes(given);
        var accepted = keys.Any(k => CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(k), givenBytes));
        return accepted
            ? next(context)
            : ValueTask.FromResult<object?>(Problem.Unauthorized($"This write needs a valid API key in the {Header} header."));
    }
}
