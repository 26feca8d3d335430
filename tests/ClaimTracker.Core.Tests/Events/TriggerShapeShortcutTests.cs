using ClaimTracker.Claims.Extraction;
using ClaimTracker.Documents;
using ClaimTracker.Events;
using ClaimTracker.Recognition;

namespace ClaimTracker.Tests.Events;

/// <summary>
/// The cue reader passes words that no trigger can start with by their shape alone. With that filter on and off it
/// must read the same frames from the seed and gold articles, and the same cues from a sentence with each trigger.
/// </summary>
public sealed class TriggerShapeShortcutTests
{
    private static readonly SentenceCueReader Full = new(EventVocabulary.Default, filtersWordShapes: false);
    private static readonly Mentions NoMentions = new([], [], [], []);

    [Fact]
    public void Frames_are_the_same_with_the_filter_on_and_off()
    {
        var fast = FrameBuilder.Default;
        var full = new FrameBuilder(EventVocabulary.Default, EventCompatibility.Default, Full);
        var typed = 0;
        foreach (var (text, index) in ArticleTexts.SeedsAndGoldArticles().Select((t, i) => (t, i)))
        {
            var analysis = ClaimExtractor.Default.Extract(new Document("a" + index, "test", null, new DateOnly(2025, 6, 1), null, text));

            var expected = full.Build(analysis);
            fast.Build(analysis).Select(Describe).Should().Equal(expected.Select(Describe), "article {0}", index);
            typed += expected.Count(f => f.Type is not null);
        }

        typed.Should().BeGreaterThan(20, "the articles must name attacks");
    }

    [Fact]
    public void Every_trigger_is_read_with_the_filter_on()
    {
        var words = EventVocabulary.Default.Triggers.FirstWords.ToArray();
        var attacks = 0;
        foreach (var word in words)
        {
            var text = $"Witnesses said the {word} came at night.";
            var fast = SentenceCueReader.Default.Read(text, new(0, text.Length), null, NoMentions, [], null);
            var full = Full.Read(text, new(0, text.Length), null, NoMentions, [], null);

            (fast.Type, fast.IsAttack).Should().Be((full.Type, full.IsAttack), word);
            attacks += full.IsAttack ? 1 : 0;
        }

        attacks.Should().BeGreaterThan(50, "most trigger words are attack words by themselves");
    }

    private static string Describe(EventFrame frame) =>
        string.Join('|', frame.Order, frame.Type, frame.Place?.Id, frame.Date, frame.IsBackground, string.Join(',', frame.Claims.Select(c => c.Id)));
}
