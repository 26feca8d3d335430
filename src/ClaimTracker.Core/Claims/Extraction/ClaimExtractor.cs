using System.Runtime.InteropServices;
using ClaimTracker.Documents;
using ClaimTracker.Recognition;
using ClaimTracker.Recognition.Actors;
using ClaimTracker.Scoring;
using ClaimTracker.Text;

namespace ClaimTracker.Claims.Extraction;

/// <summary>
/// The claims stage for one document: recognizes mentions, walks the sentences, lets every kind's extractor draft its
/// claims, then adds what all kinds share (claimant, modality, evidence, a stable id) and drops duplicates. With a
/// sentence scorer, each claim carries its sentence's check-worthiness, and an asserted claim in a sentence the
/// models read as opinion is marked as one. Only sentences that yield claims are scored.
/// </summary>
internal sealed class ClaimExtractor(IReadOnlyList<IClaimExtractor> extractors, MentionRecognizer recognizer, SentenceScorer? scorer)
{
    /// <summary>An extractor that scores sentences with the shipped models.</summary>
    public ClaimExtractor(IReadOnlyList<IClaimExtractor> extractors, MentionRecognizer recognizer)
        : this(extractors, recognizer, SentenceScorer.Default)
    {
    }

    [ThreadStatic]
    private static List<Claim>? t_claims;

    [ThreadStatic]
    private static HashSet<string>? t_seen;

    public static ClaimExtractor Default { get; } = new(ClaimExtractors.All, MentionRecognizer.Default);

    public DocumentAnalysis Extract(Document document)
    {
        using var buffers = SentenceBuffers.Rent();
        return Extract(document, buffers);
    }

    /// <summary>
    /// Extracts the claims of <paramref name="document"/>, tokenizing its sentences into <paramref name="buffers"/>.
    /// When the buffers keep words, the analysis' <see cref="DocumentAnalysis.SentenceWords"/> are valid only until
    /// they are disposed.
    /// </summary>
    public DocumentAnalysis Extract(Document document, SentenceBuffers buffers)
    {
        using var contexts = SentenceContexts.Rent();
        var sentences = SentenceSplitter.Default.Split(document.Text);
        var mentions = recognizer.Recognize(document.Text, document.Published, out var scanWords);
        var scan = CollectionsMarshal.AsSpan(scanWords);
        var scanned = 0;
        var slices = MentionSlicer.Slice(mentions, sentences);
        // The thread's lists from its last document, taken so a nested caller would make its own: the analysis keeps
        // an exact copy of the claims rather than a list grown claim by claim.
        var claims = t_claims ?? [];
        var seen = t_seen ?? new HashSet<string>(StringComparer.Ordinal);
        t_claims = null;
        t_seen = null;
        var drafts = new List<ClaimDraft>();
        var words = new IReadOnlyList<string>[sentences.Count];
        SentenceContext? previous = null;
        try
        {
            for (var i = 0; i < sentences.Count; i++)
            {
                var first = Advance(scan, ref scanned, sentences[i].Span.Start);
                var sentenceScan = scan[first..Advance(scan, ref scanned, sentences[i].Span.End)];
                var sentence = contexts.Next(document, sentences[i], slices[i], previous, ClaimExtractors.Triggers, buffers, sentenceScan);
                words[i] = sentence.Words;
                drafts.Clear();
                // An index loop: a foreach over the interface would allocate an enumerator per sentence.
                for (var e = 0; e < extractors.Count; e++)
                {
                    extractors[e].Extract(sentence, drafts);
                }

                if (drafts.Count > 0)
                {
                    var claimant = ClaimantResolver.Default.Resolve(sentence);
                    var checkWorthiness = scorer?.CheckWorthinessModel.Probability(sentence.Text);
                    double? subjectivity = null;
                    foreach (var draft in drafts)
                    {
                        var claim = MarkOpinion(Complete(sentence, draft, claimant, checkWorthiness), ref subjectivity);
                        if (seen.Add(claim.Id))
                        {
                            claims.Add(claim);
                        }
                    }
                }

                previous = sentence;
            }
        }
        finally
        {
            // The scan's tokens go back to the thread once the last sentence is built, also when a rule throws.
            if (scanWords is not null)
            {
                TokenBuffer<WordToken>.Return(scanWords);
            }
        }

        var found = claims.ToArray();
        claims.Clear();
        seen.Clear();
        t_claims = claims;
        t_seen = seen;
        return new DocumentAnalysis(document, sentences, mentions, found) { SentenceMentions = slices, SentenceWords = words };
    }

    /// <summary>Moves <paramref name="next"/> past the scan tokens that start before <paramref name="position"/> and returns it; sentences come in text order.</summary>
    private static int Advance(ReadOnlySpan<WordToken> scan, ref int next, int position)
    {
        while (next < scan.Length && scan[next].Start < position)
        {
            next++;
        }

        return next;
    }

    /// <summary>
    /// Marks an asserted claim as an opinion when both models read its sentence so. Subjectivity is scored at most once
    /// per sentence, and only where it can change the modality, because scoring costs more than the rules.
    /// </summary>
    private Claim MarkOpinion(Claim claim, ref double? subjectivity)
    {
        if (scorer is null || claim.Modality != Modality.Asserted || claim.CheckWorthiness is not { } checkWorthiness || checkWorthiness >= SentenceScore.FactualCheckWorthiness)
        {
            return claim;
        }

        subjectivity ??= scorer.SubjectivityModel.Probability(claim.Evidence.SentenceText);
        return new SentenceScore(checkWorthiness, subjectivity.Value).IsOpinion ? claim with { Modality = Modality.Opinion } : claim;
    }

    private static Claim Complete(SentenceContext sentence, ClaimDraft draft, Claimant claimant, double? checkWorthiness)
    {
        var text = sentence.Document.Text;
        var evidence = new Evidence(draft.Quote, draft.Quote.Slice(text), sentence.Sentence.Span, sentence.Text);
        var modality = draft.Modality ?? ModalityDetector.Default.Detect(sentence, draft.Quote);
        var id = StableClaimId.Of(sentence.Document.Id, draft);
        return new Claim(id, draft.Kind, sentence.Document.Id, sentence.Document.Source, draft.Subject, draft.Value, claimant, modality, evidence, draft.Confidence)
        {
            CheckWorthiness = checkWorthiness,
        };
    }
}
