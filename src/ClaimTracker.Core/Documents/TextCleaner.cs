using System.Collections.Frozen;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace ClaimTracker.Documents;

/// <summary>
/// Turns scraped article text into the clean text that all spans index: header date read, markup and page debris
/// removed, control and invisible formatting characters dropped, white space and line breaks normalized. The
/// result depends only on the input, so offsets into it are stable across runs.
/// </summary>
internal sealed class TextCleaner
{
    private const int MaxTagLength = 4096;
    private const int MaxTagNameLength = 10;

    private static readonly FrozenSet<string> HtmlElements = new[]
    {
        "a", "abbr", "address", "article", "aside", "audio", "b", "blockquote", "body", "br", "button", "caption",
        "cite", "code", "dd", "del", "details", "div", "dl", "dt", "em", "embed", "figcaption", "figure", "font",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "i", "iframe", "img",
        "input", "ins", "label", "li", "link", "main", "mark", "meta", "nav", "noscript", "object", "ol", "p",
        "picture", "pre", "q", "s", "script", "section", "small", "source", "span", "strong", "style", "sub", "sup",
        "svg", "table", "tbody", "td", "template", "tfoot", "th", "thead", "time", "title", "tr", "u", "ul", "video",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly DebrisPatterns _debris;

    public TextCleaner(DebrisPatterns debris) => _debris = debris;

    public static TextCleaner Default { get; } = new(DebrisPatterns.Default);

    public CleanedText Clean(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var (body, headerDate) = ReadHeader(raw);
        body = NormalizeCharacters(body);
        if (ContainsTag(body))
        {
            // Entities can encode control characters too, so the decoded text is normalized again.
            body = NormalizeCharacters(WebUtility.HtmlDecode(StripTags(body)));
        }

        foreach (var pattern in _debris.Inline)
        {
            body = ReplaceWithin(pattern, body);
        }

        return new CleanedText(JoinLines(body), headerDate);
    }

    /// <summary>Reads a leading <c>date YYYY-MM-DD</c> marker, as scrapers write it before the article.</summary>
    private static (string Body, DateOnly? Date) ReadHeader(string raw)
    {
        var i = 0;
        while (i < raw.Length && (char.IsWhiteSpace(raw[i]) || raw[i] == '\uFEFF'))
        {
            i++;
        }

        const string marker = "date ";
        if (string.CompareOrdinal(raw, i, marker, 0, marker.Length) != 0)
        {
            return (raw, null);
        }

        var dateStart = i + marker.Length;
        while (dateStart < raw.Length && raw[dateStart] == ' ')
        {
            dateStart++;
        }

        const int isoDateLength = 10;
        if (dateStart + isoDateLength > raw.Length
            || !DateOnly.TryParseExact(raw.AsSpan(dateStart, isoDateLength), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return (raw, null);
        }

        return (raw[(dateStart + isoDateLength)..], date);
    }

    private static bool ContainsTag(string text)
    {
        for (var i = text.IndexOf('<', StringComparison.Ordinal); i >= 0; i = text.IndexOf('<', i + 1))
        {
            if (IsTagStart(text, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a '&lt;' opens markup: a comment or declaration, or a known HTML element name. Requiring a known name
    /// keeps prose such as "x &lt; y" or "&lt;unknown&gt;" intact.
    /// </summary>
    private static bool IsTagStart(string text, int i)
    {
        if (i + 1 >= text.Length)
        {
            return false;
        }

        if (text[i + 1] == '!')
        {
            return true;
        }

        var nameStart = text[i + 1] == '/' ? i + 2 : i + 1;
        var nameEnd = nameStart;
        while (nameEnd < text.Length && nameEnd - nameStart <= MaxTagNameLength && char.IsAsciiLetterOrDigit(text[nameEnd]))
        {
            nameEnd++;
        }

        if (nameEnd == nameStart || (nameEnd < text.Length && !IsTagNameEnd(text[nameEnd])))
        {
            return false;
        }

        return HtmlElements.Contains(text.AsSpan(nameStart, nameEnd - nameStart).ToString().ToLowerInvariant());
    }

    private static bool IsTagNameEnd(char c) => c is '>' or '/' || char.IsWhiteSpace(c);

    /// <summary>
    /// Removes markup with a single forward scan: tags vanish, block-level tags become line breaks, and the content
    /// of script and style elements is dropped so that it can never surface as article text.
    /// </summary>
    private static string StripTags(string html)
    {
        var output = new StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c != '<' || !IsTagStart(html, i))
            {
                output.Append(c);
                i++;
                continue;
            }

            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var commentEnd = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = commentEnd < 0 ? html.Length : commentEnd + 3;
                continue;
            }

            var close = html.IndexOf('>', i + 1, Math.Min(MaxTagLength, html.Length - i - 1));
            if (close < 0)
            {
                // Not markup after all ("a<b comparison"): keep the character rather than lose the text after it.
                output.Append(c);
                i++;
                continue;
            }

            var name = TagName(html.AsSpan(i + 1, close - i - 1));
            i = close + 1;
            if (name is "script" or "style")
            {
                var end = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? html.Length : SkipPast(html, end);
            }
            else if (IsBlock(name))
            {
                output.Append('\n');
            }
        }

        return output.ToString();
    }

    private static int SkipPast(string html, int tagStart)
    {
        var close = html.IndexOf('>', tagStart);
        return close < 0 ? html.Length : close + 1;
    }

    private static string TagName(ReadOnlySpan<char> inside)
    {
        if (inside.Length > 0 && inside[0] == '/')
        {
            inside = inside[1..];
        }

        var length = 0;
        while (length < inside.Length && char.IsAsciiLetterOrDigit(inside[length]))
        {
            length++;
        }

        return inside[..length].ToString().ToLowerInvariant();
    }

    private static bool IsBlock(string name) => name is "p" or "br" or "div" or "li" or "tr" or "h1" or "h2" or "h3"
        or "h4" or "h5" or "h6" or "blockquote" or "section" or "article" or "header" or "footer" or "figcaption";

    /// <summary>
    /// Keeps letters, marks, punctuation and line breaks; turns every kind of space into a plain space; drops control
    /// and format characters (bidirectional overrides, zero-width characters, soft hyphens) and replaces unpaired
    /// surrogates, none of which a reader sees but all of which would break matching and quoting.
    /// </summary>
    private static string NormalizeCharacters(string text)
    {
        var output = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                output.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (c == '\n')
            {
                output.Append('\n');
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                output.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                output.Append('\uFFFD');
            }
            else if (c == '\t' || char.GetUnicodeCategory(c) is UnicodeCategory.SpaceSeparator)
            {
                output.Append(' ');
            }
            else if (!char.IsControl(c) && char.GetUnicodeCategory(c) is not UnicodeCategory.Format)
            {
                output.Append(c);
            }
        }

        return output.ToString().Normalize(NormalizationForm.FormC);
    }

    private static string ReplaceWithin(Regex pattern, string text)
    {
        try
        {
            return pattern.Replace(text, string.Empty);
        }
        catch (RegexMatchTimeoutException)
        {
            // Debris removal is cosmetic: a pathological text keeps its debris rather than failing.
            return text;
        }
    }

    /// <summary>Trims lines, folds runs of spaces, drops debris lines and keeps at most one blank line in a row.</summary>
    private string JoinLines(string text)
    {
        var output = new StringBuilder(text.Length);
        var pendingBlank = false;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = FoldSpaces(rawLine.Trim());
            if (line.Length == 0 || _debris.Lines.Contains(line.ToLowerInvariant()))
            {
                pendingBlank = output.Length > 0;
                continue;
            }

            if (output.Length > 0)
            {
                output.Append(pendingBlank ? "\n\n" : "\n");
            }

            output.Append(line);
            pendingBlank = false;
        }

        return output.ToString();
    }

    private static string FoldSpaces(string line)
    {
        if (!line.Contains("  ", StringComparison.Ordinal))
        {
            return line;
        }

        var output = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            if (c != ' ' || output.Length == 0 || output[^1] != ' ')
            {
                output.Append(c);
            }
        }

        return output.ToString();
    }
}
