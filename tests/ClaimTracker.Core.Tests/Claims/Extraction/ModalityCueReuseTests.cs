using ClaimTracker.Claims;
using ClaimTracker.Claims.Extraction;

namespace ClaimTracker.Tests.Claims.Extraction;

/// <summary>
/// The detector keeps a sentence's cues for the next claim of the same sentence. Every claim of the articles, asked
/// one after another as the pipeline asks, must get the modality a detector that scans each time gives, and a sentence
/// of another document at the same offsets must not get the cues kept for the first.
/// </summary>
public class ModalityCueReuseTests
{
    public static TheoryData<string> Texts() => ShortcutDifferential.ArticlesAnd(
        "Police said two drones were reportedly shot down and three others would likely hit the port.");

    [Theory]
    [MemberData(nameof(Texts))]
    public void Modalities_are_the_same_with_and_without_reusing_the_cues(string text)
    {
        var fast = new ModalityDetector(CueLexicon.Default);
        var full = new ModalityDetector(CueLexicon.Default, reuseSentenceCues: false);
        foreach (var sentence in Sentences.Of(text, new DateOnly(2026, 3, 8), triggers: ClaimExtractors.Triggers))
        {
            var drafts = new List<ClaimDraft>();
            foreach (var extractor in ClaimExtractors.All)
            {
                extractor.Extract(sentence, drafts);
            }

            // All of the sentence's claims first, as the pipeline asks, so the later ones reuse the cues.
            var reused = drafts.Select(draft => fast.Detect(sentence, draft.Quote)).ToList();
            var scanned = drafts.Select(draft => full.Detect(sentence, draft.Quote)).ToList();

            reused.Should().Equal(scanned, sentence.Text);
        }
    }

    [Fact]
    public void A_sentence_at_the_same_offsets_in_another_document_has_its_own_cues()
    {
        var hedged = Sentences.Of("Two drones were reportedly shot down.")[0];
        var plain = Sentences.Of("Two drones were completely shot down.")[0];
        hedged.Sentence.Span.Should().Be(plain.Sentence.Span);

        ModalityDetector.Default.Detect(hedged, Sentences.SpanOf(hedged, "Two drones")).Should().Be(Modality.Reported);
        ModalityDetector.Default.Detect(plain, Sentences.SpanOf(plain, "Two drones")).Should().Be(Modality.Asserted);
    }
}
