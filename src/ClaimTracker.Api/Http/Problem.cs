using Microsoft.AspNetCore.WebUtilities;

namespace ClaimTracker.Api.Http;

/// <summary>RFC 7807 problem details; every error the API returns is one of these, as <c>application/problem+json</c>.</summary>
internal sealed record Problem(string Type, string Title, int Status, string Detail)
{
    public const string ContentType = "application/problem+json; charset=utf-8";

    public static IResult BadRequest(string detail) => For(StatusCodes.Status400BadRequest, detail).ToResult();

    public static IResult NotFound(string detail) => For(StatusCodes.Status404NotFound, detail).ToResult();

    public static IResult TooLarge(string detail) => For(StatusCodes.Status413PayloadTooLarge, detail).ToResult();

    public static IResult UnsupportedMediaType(string detail) => For(StatusCodes.Status415UnsupportedMediaType, detail).ToResult();

    public static IResult Unauthorized(string detail) => For(StatusCodes.Status401Unauthorized, detail).ToResult();

    public static Problem For(int status, string detail) =>
        new($"https://httpstatuses.io/{status}", ReasonPhrases.GetReasonPhrase(status), status, detail);

    public IResult ToResult() => new JsonResponse(this, Status, ContentType);
}
