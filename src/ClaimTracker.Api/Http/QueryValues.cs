namespace ClaimTracker.Api.Http;

/// <summary>Reads optional query values, turning unknown enum names into a 400 problem rather than a silent match-all.</summary>
internal static class QueryValues
{
    public static string? Text(HttpRequest request, string name)
    {
        var raw = request.Query[name];
        return raw.Count == 0 || string.IsNullOrWhiteSpace(raw[0]) ? null : raw[0]!.Trim();
    }

    public static bool TryEnum<T>(HttpRequest request, string name, out T? value, out IResult? problem)
        where T : struct, Enum
    {
        value = null;
        problem = null;
        var text = Text(request, name);
        if (text is null)
        {
            return true;
        }

        // Enum.TryParse also takes numbers; only names are part of the contract.
        if (!char.IsDigit(text[0]) && text[0] != '-' && Enum.TryParse<T>(text, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
        {
            value = parsed;
            return true;
        }

        var names = string.Join(", ", Enum.GetNames<T>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]));
        problem = Problem.BadRequest($"'{name}' must be one of: {names}.");
        return false;
    }
}
