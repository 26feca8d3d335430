using System.Globalization;
using System.Text;

namespace ClaimTracker.Recognition.Actors;

/// <summary>Lowercase ASCII slugs for stable ids: "Joe Biden" → "joe-biden".</summary>
internal static class Slug
{
    public static string Of(string text)
    {
        if (Ascii.IsValid(text))
        {
            return OfAscii(text);
        }

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

    // Most names are ASCII: nothing to decompose and no marks, so the slug is written in one pass without a builder.
    private static string OfAscii(string text)
    {
        Span<char> slug = text.Length <= 128 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug[length++] = char.ToLowerInvariant(c);
            }
            else if (length > 0 && slug[length - 1] != '-')
            {
                slug[length++] = '-';
            }
        }

        // Dashes never follow one another, so at most one trails.
        if (length > 0 && slug[length - 1] == '-')
        {
            length--;
        }

        return new string(slug[..length]);
    }
}
