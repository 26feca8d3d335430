using System.Globalization;
using System.Text;
using ClaimTracker.Api.Http;
using ClaimTracker.Documents;
using Newtonsoft.Json.Linq;

namespace ClaimTracker.Api.Library;

/// <summary>
/// Turns one article of a request body (<c>{id?, source, url?, published?, title?, text}</c>) into a
/// <see cref="Document"/> through <see cref="DocumentLoader.FromText"/>, or into the problem that says what is wrong.
/// </summary>
internal sealed class ArticleReader(long maxTextBytes)
{
    private readonly DocumentLoader _loader = new(new DocumentLoaderOptions { MaxFileBytes = maxTextBytes });

    public (Document? Document, Problem? Problem) Read(JToken? json)
    {
        if (json is not JObject article)
        {
            return Fail(StatusCodes.Status400BadRequest, "An article must be a JSON object {id?, source, url?, published?, title?, text}.");
        }

        if (!TryString(article, "text", out var text) || text is null)
        {
            return Fail(StatusCodes.Status400BadRequest, "The article has no \"text\" string.");
        }

        if (Encoding.UTF8.GetByteCount(text) > maxTextBytes)
        {
            return Fail(StatusCodes.Status413PayloadTooLarge, $"The article text is over the limit of {maxTextBytes} bytes.");
        }

        if (!TryString(article, "source", out var source) || string.IsNullOrWhiteSpace(source))
        {
            return Fail(StatusCodes.Status400BadRequest, "The article has no \"source\" string (the outlet).");
        }

        if (!TryString(article, "id", out var id) || !TryString(article, "title", out var title)
            || !TryString(article, "published", out var publishedText) || !TryString(article, "url", out var urlText))
        {
            return Fail(StatusCodes.Status400BadRequest, "\"id\", \"title\", \"published\" and \"url\" must be strings when given.");
        }

        DateOnly? published = null;
        if (publishedText is not null)
        {
            if (!DateOnly.TryParseExact(publishedText.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return Fail(StatusCodes.Status400BadRequest, $"\"published\" must be a date as YYYY-MM-DD, not '{publishedText}'.");
            }

            published = date;
        }

        Uri? url = null;
        if (urlText is not null)
        {
            if (!Uri.TryCreate(urlText, UriKind.Absolute, out url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            {
                return Fail(StatusCodes.Status400BadRequest, "\"url\" must be an absolute http or https address.");
            }
        }

        var result = _loader.FromText(text, source, published, id, title, url);
        return result.Success ? (result.Document, null) : Fail(StatusCodes.Status400BadRequest, $"The article cannot be read: {result.Error.Reason}.");
    }

    private static bool TryString(JObject article, string name, out string? value)
    {
        value = null;
        var token = article[name];
        if (token is null || token.Type == JTokenType.Null)
        {
            return true;
        }

        if (token.Type != JTokenType.String)
        {
            return false;
        }

        value = (string?)token;
        return true;
    }

    private static (Document?, Problem?) Fail(int status, string detail) => (null, Problem.For(status, detail));
}
