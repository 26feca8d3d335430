using System.Globalization;
using ClaimTracker.Recognition.Numbers;

namespace ClaimTracker.Conflicts;

/// <summary>Shows a number value the way a reader would say it: "4", "at least 12", "3–7 (vague)", "15,000,000–20,000,000".</summary>
internal static class NumberText
{
    public static string Format(NumberValue value)
    {
        var min = Show(value.Min);
        var max = value.Max is { } m ? Show(m) : null;
        return value.Qualifier switch
        {
            NumberQualifier.Exact => min,
            NumberQualifier.AtLeast => "at least " + min,
            NumberQualifier.MoreThan => "more than " + min,
            NumberQualifier.AtMost => "up to " + (max ?? min),
            NumberQualifier.LessThan => "fewer than " + (max ?? min),
            NumberQualifier.Approximate => "about " + Between(min, max),
            NumberQualifier.Vague => Between(min, max) + " (vague)",
            _ => Between(min, max),
        };
    }

    private static string Between(string min, string? max) =>
        max is null ? min + " or more" : string.Equals(min, max, StringComparison.Ordinal) ? min : min + "–" + max;

    /// <remarks>Most counts are small whole numbers, which the custom format would show as their plain digits anyway:
    /// those skip it (it is slow), and the runtime shares the strings of small integers.</remarks>
    private static string Show(decimal value) =>
        value >= 1 && value < 1000 && value == decimal.Truncate(value)
            ? ((int)value).ToString(CultureInfo.InvariantCulture)
            : value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
