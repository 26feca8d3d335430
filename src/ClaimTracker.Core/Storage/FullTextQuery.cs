using System.Text;

namespace ClaimTracker.Storage;

/// <summary>
/// Turns what a user typed into a safe FTS5 query: every run of letters and digits becomes a quoted term, and all
/// terms must match. Nothing a user types is read as FTS5 syntax, so no input can make the query fail.
/// </summary>
internal static class FullTextQuery
{
    private const int MaxTerms = 16;

    /// <summary>The FTS5 query for <paramref name="words"/>, or null when it holds no searchable word.</summary>
    public static string? FromWords(string? words)
    {
        if (string.IsNullOrEmpty(words))
        {
            return null;
        }

        var terms = new List<string>();
        var term = new StringBuilder();
        foreach (var c in words)
        {
            if (char.IsLetterOrDigit(c))
            {
                term.Append(c);
                continue;
            }

            Flush(term, terms);
        }

        Flush(term, terms);
        return terms.Count == 0 ? null : string.Join(' ', terms.Take(MaxTerms).Select(t => "\"" + t + "\""));
    }

    private static void Flush(StringBuilder term, List<string> terms)
    {
        if (term.Length > 0)
        {
            terms.Add(term.ToString());
            term.Clear();
        }
    }
}
