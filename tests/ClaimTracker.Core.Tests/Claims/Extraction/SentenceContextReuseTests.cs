using ClaimTracker.Claims.Extraction;
using ClaimTracker.Recognition;

namespace ClaimTracker.Tests.Claims.Extraction;

/// <summary>
/// The claims stage loads a thread's kept sentence contexts again for its next document. A context that already read
/// another document's sentence (its counts, attack words and trigger sets computed) must give, loaded again, the drafts
/// a new context gives: a value kept from the sentence before would change a claim here.
/// </summary>
public class SentenceContextReuseTests
{
    private const string Other = "Hezbollah fired 40 rockets at Haifa on Sunday, and three people were killed, officials said. " +
        "The army said it shot down two drones.";

    public static TheoryData<string> Texts() => ShortcutDifferential.ArticlesAnd(Other);

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_context_loaded_again_gives_the_drafts_of_a_new_one(string text)
    {
        var published = new DateOnly(2026, 3, 8);
        var used = Sentences.Of(Other, published, triggers: ClaimExtractors.Triggers);
        foreach (var sentence in used)
        {
            DraftsOf(sentence);
        }

        var fresh = Sentences.Of(text, published, triggers: ClaimExtractors.Triggers);
        for (var i = 0; i < fresh.Count; i++)
        {
            var reused = used[i % used.Count];
            var source = fresh[i];
            var mentions = new Mentions(source.Numbers, source.Dates, source.Actors, source.Locations);
            reused.Load(source.Document, source.Sentence, mentions, source.Previous, ClaimExtractors.Triggers);

            DraftsOf(reused).Should().Equal(DraftsOf(source), source.Text);
        }
    }

    private static List<ClaimDraft> DraftsOf(SentenceContext sentence)
    {
        var drafts = new List<ClaimDraft>();
        foreach (var extractor in ClaimExtractors.All)
        {
            extractor.Extract(sentence, drafts);
        }

        return drafts;
    }
}
