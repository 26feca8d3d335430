using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ClaimTracker.Api.Http;

/// <summary>
/// Reads a request body as JSON by hand, so that the size limit, the content type and malformed input each become a
/// clear problem response instead of an exception.
/// </summary>
internal static class JsonBody
{
    private const int MaxDepth = 32;

    public static async Task<(JToken? Json, IResult? Problem)> ReadAsync(HttpRequest request, long maxBytes)
    {
        if (!IsJson(request.ContentType))
        {
            return (null, Http.Problem.UnsupportedMediaType("Send the body as application/json."));
        }

        if (request.ContentLength > maxBytes)
        {
            return (null, Http.Problem.TooLarge($"The body is {request.ContentLength} bytes, over the limit of {maxBytes} bytes."));
        }

        var bytes = await ReadLimitedAsync(request.Body, maxBytes, request.HttpContext.RequestAborted);
        if (bytes is null)
        {
            return (null, Http.Problem.TooLarge($"The body is over the limit of {maxBytes} bytes."));
        }

        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            using var reader = new JsonTextReader(new StringReader(text)) { MaxDepth = MaxDepth, DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Decimal };
            var json = JToken.ReadFrom(reader);

            // Reading past the value throws when anything but white space follows it.
            while (reader.Read())
            {
            }

            return (json, null);
        }
        catch (Exception ex) when (ex is JsonException or DecoderFallbackException)
        {
            return (null, Http.Problem.BadRequest($"The body is not valid JSON: {ex.Message}"));
        }
    }

    private static bool IsJson(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return false;
        }

        var media = contentType.Split(';')[0].Trim();
        return media.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (media.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && media.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
    }

    private static async Task<byte[]?> ReadLimitedAsync(Stream body, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
