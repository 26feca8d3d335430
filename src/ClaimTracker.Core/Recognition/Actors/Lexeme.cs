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

    // The case rule of each form token, worked out once: the check runs at every phrase found in every text.
    private readonly CaseRule[] caseRules = [.. Form.Select(RuleOf)];

    private enum CaseRule
    {
        Any,
        Capitalised,
        Exact,
    }

    /// <summary>
    /// Case rule per token: an all-capitals form ("US", "IRGC") must match exactly, a capitalised form must
    /// meet a capitalised word, a lowercase form ("foreign ministry") matches any case.
    /// </summary>
    public bool MatchesCase(ReadOnlySpan<WordToken> tokens, int first)
    {
        for (var k = 0; k < caseRules.Length; k++)
        {
            var text = tokens[first + k].Text;
            var fits = caseRules[k] switch
            {
                CaseRule.Exact => string.Equals(Form[k], text, StringComparison.Ordinal),
                CaseRule.Capitalised => char.IsUpper(text[0]),
                _ => true,
            };
            if (!fits)
            {
                return false;
            }
        }

        return true;
    }

    private static CaseRule RuleOf(string form) =>
        form.Length > 1 && form.All(c => !char.IsLetter(c) || char.IsUpper(c)) && form.Any(char.IsLetter) ? CaseRule.Exact
        : char.IsUpper(form[0]) ? CaseRule.Capitalised
        : CaseRule.Any;
}
