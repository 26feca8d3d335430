using ClaimTracker.Claims.Extraction;

namespace ClaimTracker.Claims.Attribution;

/// <summary>Drafts "attacker" claims: who attacked whom, from the attack relations of <see cref="AttackFinder"/>.</summary>
internal sealed class AttributionExtractor(AttackFinder finder) : IClaimExtractor
{
    public const string Subject = "attacker";

    public static AttributionExtractor Default { get; } = new(AttackFinder.Default);

    public void Extract(SentenceContext sentence, List<ClaimDraft> drafts)
    {
        // An index loop: a foreach over the list's interface would box its enumerator at every sentence.
        var attributions = finder.Find(sentence);
        for (var i = 0; i < attributions.Count; i++)
        {
            var attribution = attributions[i];
            var value = new AttributionValue(attribution.Attacker, attribution.Target);
            drafts.Add(new ClaimDraft(ClaimKind.Attribution, Subject, value, attribution.Quote, attribution.Confidence));
        }
    }
}
