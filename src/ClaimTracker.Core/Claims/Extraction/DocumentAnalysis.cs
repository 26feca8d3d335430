using ClaimTracker.Documents;
using ClaimTracker.Recognition;
using ClaimTracker.Text;

namespace ClaimTracker.Claims.Extraction;

/// <summary>One document after the claims stage: its sentences, mentions and claims (not yet grouped into events).</summary>
/// <param name="Document">The document.</param>
/// <param name="Sentences">Its sentences.</param>
/// <param name="Mentions">What the recognizers found in it.</param>
/// <param name="Claims">Its claims in text order.</param>
internal sealed record DocumentAnalysis(Document Document, IReadOnlyList<Sentence> Sentences, Mentions Mentions, IReadOnlyList<Claim> Claims);
