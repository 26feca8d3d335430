using ClaimTracker.Claims;

namespace ClaimTracker.Conflicts;

/// <summary>
/// Finds weapon counts that count part of a total ("One of them hit the terminal", "Another crashed near a school"):
/// the quote holds a sub-count cue, or it is a count of one that the next weapon count of the same document continues
/// with such a cue ("One drone struck the terminal, while another fell near a school"). Sub-counts are never compared
/// with totals.
/// </summary>
internal sealed class SubCountDetector(ConflictVocabulary vocabulary)
{
    /// <summary>How far (characters) a continuing "another" may stand from the count it continues.</summary>
    private const int ContinuationReach = 400;

    public static SubCountDetector Default { get; } = new(ConflictVocabulary.Default);

    /// <param name="weaponClaims">Weapon-count claims of one event.</param>
    public IReadOnlySet<Claim> Find(IEnumerable<Claim> weaponClaims)
    {
        var found = new HashSet<Claim>(ReferenceEqualityComparer.Instance);
        foreach (var document in weaponClaims.GroupBy(c => c.DocumentId, StringComparer.Ordinal))
        {
            var ordered = document.OrderBy(c => c.Evidence.Span.Start).ToArray();
            for (var i = 0; i < ordered.Length; i++)
            {
                if (!HasCue(ordered[i]))
                {
                    continue;
                }

                found.Add(ordered[i]);
                if (i > 0 && Continues(ordered[i - 1], ordered[i]))
                {
                    found.Add(ordered[i - 1]);
                }
            }
        }

        return found;
    }

    /// <summary>A cue in the quote or in the few words just before it ("..., while another fell").</summary>
    private bool HasCue(Claim claim) =>
        ConflictVocabulary.Contains(vocabulary.SubCountCues, ConflictVocabulary.Words(Lead(claim.Evidence) + " " + claim.Evidence.Text));

    private static string Lead(Evidence evidence)
    {
        var length = Math.Clamp(evidence.Span.Start - evidence.Sentence.Start, 0, evidence.SentenceText.Length);
        var words = ConflictVocabulary.Words(evidence.SentenceText[..length]);
        return string.Join(' ', words.Skip(Math.Max(0, words.Count - 2)));
    }

    private static bool Continues(Claim previous, Claim next) =>
        previous.Value is WeaponCountValue { Count: { IsExact: true, Min: 1 } } first
        && next.Value is WeaponCountValue second
        && string.Equals(first.Weapon, second.Weapon, StringComparison.Ordinal)
        && next.Evidence.Span.Start - previous.Evidence.Span.End <= ContinuationReach;
}
