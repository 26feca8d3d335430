using ClaimTracker.Recognition.Locations;

namespace ClaimTracker.Recognition.Actors;

/// <summary>One meaning of a gazetteer phrase.</summary>
/// <param name="Kind">What the phrase stands for.</param>
/// <param name="Form">The phrase's tokens as written in the data, used for the case check.</param>
/// <param name="RequiresArticle">The data wrote "the X": X counts only right after "the".</param>
internal sealed record Lexeme(LexemeKind Kind, IReadOnlyList<string> Form, bool RequiresArticle)
{
    public Actor? Actor { get; init; }

    public Location? Place { get; init; }

    public BodyDefinition? Body { get; init; }

    public string? Role { get; init; }

    /// <summary>
    /// Case rule per token: an all-capitals form ("US", "IRGC") must match exactly, a capitalised form must
    /// meet a capitalised word, a lowercase form ("foreign ministry") matches any case.
    /// </summary>
    public bool MatchesCase(IReadOnlyList<WordToken> tokens, int first)
    {
        for (var k = 0; k < Form.Count; k++)
        {
            var form = Form[k];
            var text = tokens[first + k].Text;
            if (form.Length > 1 && form.All(c => !char.IsLetter(c) || char.IsUpper(c)) && form.Any(char.IsLetter))
            {
                if (!string.Equals(form, text, StringComparison.Ordinal))
                {
                    return false;
                }
            }
            else if (char.IsUpper(form[0]) && !char.IsUpper(text[0]))
            {
                return false;
            }
        }

        return true;
    }
}
