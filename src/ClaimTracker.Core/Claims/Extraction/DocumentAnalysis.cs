using ClaimTracker.Documents;
using ClaimTracker.Recognition;
using ClaimTracker.Text;

namespace ClaimTracker.Claims.Extraction;

/// <summary>One document after the claims stage: its sentences, mentions and claims (not yet grouped into events).</summary>
/// <param name="Document">The document.</param>
/// <param name="Sentences">Its sentences.</param>
/// <param name="Mentions">What the recognizers found in it.</param>
/// <param name="Claims">Its claims in text order.</param>
internal sealed record DocumentAnalysis(Document Document, IReadOnlyList<Sentence> Sentences, Mentions Mentions, IReadOnlyList<Claim> Claims)
{
    private IReadOnlyList<Mentions>? _sentenceMentions;

    /// <summary>
    /// The mentions of each sentence, index-aligned with <see cref="Sentences"/>. The claims stage sets them once, so
    /// later stages that run on every analysis (event frames) do not slice the document again.
    /// </summary>
    public IReadOnlyList<Mentions> SentenceMentions
    {
        get => _sentenceMentions ??= MentionSlicer.Slice(Mentions, Sentences);
        init => _sentenceMentions = value;
    }

    /// <summary>
    /// The lower-cased words of each sentence, index-aligned with <see cref="Sentences"/>, as the claims stage read them;
    /// null where they were not kept. Event frames read the same words, so they need not tokenize every sentence again.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>>? SentenceWords { get; init; }
}
