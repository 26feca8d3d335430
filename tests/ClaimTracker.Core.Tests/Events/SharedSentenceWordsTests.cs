using ClaimTracker.Claims.Extraction;
using ClaimTracker.Documents;
using ClaimTracker.Events;

namespace ClaimTracker.Tests.Events;

/// <summary>
/// Event frames read the words the claims stage kept for each sentence instead of tokenizing the sentence again;
/// over real articles the frames must be the same as when they tokenize it themselves.
/// </summary>
public sealed class SharedSentenceWordsTests
{
    [Fact]
    public void The_claims_stage_keeps_one_word_list_per_sentence()
    {
        var analysis = ClaimExtractor.Default.Extract(new Document("d", "test", null, null, null, "Two drones struck the depot. Nobody was hurt."));

        analysis.SentenceWords.Should().NotBeNull();
        analysis.SentenceWords!.Select(words => string.Join(' ', words))
            .Should().Equal("two drones struck the depot .", "nobody was hurt .");
    }

    [Fact]
    public void Frames_from_kept_words_equal_frames_from_words_read_again()
    {
        var compared = 0;
        foreach (var (text, index) in ArticleTexts.SeedsAndGoldArticles().Select((t, i) => (t, i)))
        {
            var analysis = ClaimExtractor.Default.Extract(new Document("a" + index, "test", null, new DateOnly(2025, 6, 1), null, text));

            var kept = FrameBuilder.Default.Build(analysis);
            var readAgain = FrameBuilder.Default.Build(analysis with { SentenceWords = null });

            kept.Select(Describe).Should().Equal(readAgain.Select(Describe), "article {0} gives the same frames either way", index);
            compared += kept.Count;
        }

        compared.Should().BeGreaterThan(20, "the articles must give frames to compare");
    }

    private static string Describe(EventFrame frame) =>
        string.Join('|', frame.Order, frame.Type, frame.Place?.Id, frame.Date, frame.IsBackground,
            string.Join(',', frame.Attackers.Order(StringComparer.Ordinal)), string.Join(',', frame.Targets.Order(StringComparer.Ordinal)),
            string.Join(',', frame.Claims.Select(c => c.Id)));
}
