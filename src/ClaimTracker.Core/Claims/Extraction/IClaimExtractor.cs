namespace ClaimTracker.Claims.Extraction;

/// <summary>Finds the claims of one kind in one sentence. Implementations are stateless and never throw.</summary>
internal interface IClaimExtractor
{
    /// <summary>Adds the drafts found in <paramref name="sentence"/> to <paramref name="drafts"/>.</summary>
    void Extract(SentenceContext sentence, List<ClaimDraft> drafts);
}
