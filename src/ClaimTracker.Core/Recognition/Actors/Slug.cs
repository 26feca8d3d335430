using System.Globalization;
using System.Text;

namespace ClaimTracker.Recognition.Actors;

/// <summary>Lowercase ASCII slugs for stable ids: "Joe Biden" → "joe-biden".</summary>
internal static class Slug
{
    public static string Of(string text)
    {
        var builder = new StringBuilder(text.Length);
        // Normalize throws on lone surrogates, which untrusted text may hold.
        var decomposed = text.Any(char.IsSurrogate) ? text : text.Normalize(NormalizationForm.FormD);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().TrimEnd('-');
    }
}
