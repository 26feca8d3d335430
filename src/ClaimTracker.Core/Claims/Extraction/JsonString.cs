using System.Text;

namespace ClaimTracker.Claims.Extraction;

/// <summary>
/// Writes a JSON string as the project's serializer (Newtonsoft, default escaping) does: quotes, backslashes and
/// control characters escaped, the short forms where JSON has them, lower-case hex otherwise, plus the three line
/// separators JavaScript does not accept raw (U+0085, U+2028, U+2029); everything else, non-ASCII included, as is.
/// </summary>
internal static class JsonString
{
    public static void Write(StringBuilder json, string text)
    {
        json.Append('"');
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= ' ' && c != '"' && c != '\\' && c != '\u0085' && c != '\u2028' && c != '\u2029')
            {
                continue;
            }

            json.Append(text, start, i - start);
            start = i + 1;
            switch (c)
            {
                case '"': json.Append("\\\""); break;
                case '\\': json.Append("\\\\"); break;
                case '\n': json.Append("\\n"); break;
                case '\r': json.Append("\\r"); break;
                case '\t': json.Append("\\t"); break;
                case '\f': json.Append("\\f"); break;
                case '\b': json.Append("\\b"); break;
                default:
                    json.Append("\\u").Append(HexDigit(c >> 12)).Append(HexDigit((c >> 8) & 0xF)).Append(HexDigit((c >> 4) & 0xF)).Append(HexDigit(c & 0xF));
                    break;
            }
        }

        json.Append(text, start, text.Length - start).Append('"');
    }

    private static char HexDigit(int value) => (char)(value < 10 ? '0' + value : 'a' + value - 10);
}
