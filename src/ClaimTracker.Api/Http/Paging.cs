using System.Globalization;

namespace ClaimTracker.Api.Http;

/// <summary>The <c>limit</c> and <c>offset</c> of a list request: limit 1–500 (default 50), offset from 0.</summary>
internal readonly record struct Paging(int Limit, int Offset)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    public static bool TryRead(HttpRequest request, out Paging paging, out IResult? problem)
    {
        paging = new Paging(DefaultLimit, 0);
        problem = null;
        if (!TryReadInt(request, "limit", DefaultLimit, 1, MaxLimit, out var limit, ref problem)
            || !TryReadInt(request, "offset", 0, 0, int.MaxValue, out var offset, ref problem))
        {
            return false;
        }

        paging = new Paging(limit, offset);
        return true;
    }

    public PagedList<T> Apply<T>(IReadOnlyList<T> all) => new(all.Skip(Offset).Take(Limit).ToArray(), all.Count, Limit, Offset);

    private static bool TryReadInt(HttpRequest request, string name, int fallback, int min, int max, out int value, ref IResult? problem)
    {
        value = fallback;
        var raw = request.Query[name];
        if (raw.Count == 0)
        {
            return true;
        }

        if (raw.Count == 1 && int.TryParse(raw[0], NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max)
        {
            return true;
        }

        problem = Problem.BadRequest($"'{name}' must be a whole number from {min} to {max}.");
        return false;
    }
}
