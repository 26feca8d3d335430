using System.Text;
using ClaimTracker.Claims;

namespace ClaimTracker.Conflicts;

/// <summary>
/// One reused buffer per thread for conflict explanations: an explanation joins many small pieces (values, outlets,
/// dates), and joining them by string concatenation made a new, longer string at every step.
/// </summary>
internal static class ExplanationText
{
    [ThreadStatic]
    private static StringBuilder? t_text;

    /// <summary>The thread's buffer, emptied; take its text before the next explanation starts.</summary>
    public static StringBuilder Start() => (t_text ??= new StringBuilder(256)).Clear();

    /// <summary>Appends "Baku per Outlet A, Outlet B": the distinct attributions of a side's claims.</summary>
    public static StringBuilder AppendAttributions(this StringBuilder text, IReadOnlyList<Claim> claims)
    {
        var attributions = ConflictFactory.Distinct(claims, SourceLookup.Attribution);
        for (var i = 0; i < attributions.Length; i++)
        {
            if (i > 0)
            {
                text.Append(", ");
            }

            text.Append(attributions[i]);
        }

        return text;
    }
}
