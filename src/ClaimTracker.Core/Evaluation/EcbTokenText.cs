using System.Collections.Frozen;
using System.Text;

namespace ClaimTracker.Evaluation;

/// <summary>
/// Rebuilds readable text from ECB+'s space-separated tokens ("killed 40 people , officials said .") so that the
/// pipeline reads it like an article: no space before closing punctuation and clitics, none after opening ones,
/// and LaTeX-style quotes as plain quotes.
/// </summary>
internal static class EcbTokenText
{
    private static readonly FrozenSet<string> Closing = FrozenSet.ToFrozenSet(
        [",", ".", ";", ":", "!", "?", "%", ")", "]", "'s", "'S", "n't", "'re", "'ve", "'ll", "'d", "'m", "''"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Opening = FrozenSet.ToFrozenSet(["(", "[", "$", "``"], StringComparer.Ordinal);

    public static string Join(string tokens)
    {
        var text = new StringBuilder(tokens.Length);
        var glueNext = true;
        foreach (var token in tokens.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!glueNext && !Closing.Contains(token))
            {
                text.Append(' ');
            }

            text.Append(token switch
            {
                "``" or "''" => "\"",
                "-LRB-" => "(",
                "-RRB-" => ")",
                _ => token,
            });
            glueNext = Opening.Contains(token);
        }

        return text.ToString();
    }
}
