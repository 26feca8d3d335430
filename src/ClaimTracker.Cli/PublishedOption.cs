using System.CommandLine;
using System.Globalization;

namespace ClaimTracker.Cli;

/// <summary>The <c>--published YYYY-MM-DD</c> option: the reference date for partial and relative dates.</summary>
internal static class PublishedOption
{
    public static Option<DateOnly?> Create() => new("--published", "-p")
    {
        Description = "Publication date (YYYY-MM-DD) that partial and relative dates resolve against; without it they stay unresolved.",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            result.AddError($"--published takes a date as YYYY-MM-DD, not '{text}'.");
            return null;
        },
    };
}
