using ClaimTracker.Scoring;

namespace ClaimTracker.Tests.Scoring;

public class SentenceScorerTests
{
    private const string Article =
        "I believe this is the right thing to do for our families.\n" +
        "Unemployment rose from 4.6 percent in 2007 to 9.6 percent in 2010.\n" +
        "Thank you very much.";

    [Fact]
    public void The_shipped_models_load_from_the_package_and_score_between_0_and_1()
    {
        var score = SentenceScorer.Default.Score("The government spent $2.3 billion on the program last year.");

        score.CheckWorthiness.Should().BeInRange(0, 1);
        score.Subjectivity.Should().BeInRange(0, 1);
    }

    [Fact]
    public void A_statistic_is_more_check_worthy_than_an_opinion_or_a_courtesy()
    {
        var ranked = SentenceScorer.Default.Rank(Article);

        ranked.Should().HaveCount(3);
        ranked[0].Text.Should().StartWith("Unemployment rose");
        ranked.Select(s => s.Score.CheckWorthiness).Should().BeInDescendingOrder();
    }

    [Fact]
    public void Ranked_sentences_point_at_their_text()
    {
        foreach (var sentence in SentenceScorer.Default.Rank(Article))
        {
            sentence.Span.Slice(Article).Should().Be(sentence.Text);
        }
    }

    [Fact]
    public void Scores_are_the_same_on_every_call_and_every_thread()
    {
        string[] sentences = ["Four civilians were wounded in the attack.", "Escalation would likely lead to casualties.", "This is a disgraceful, cowardly policy."];
        var once = sentences.Select(SentenceScorer.Default.Score).ToArray();

        var parallel = Enumerable.Range(0, 64).AsParallel().Select(i => SentenceScorer.Default.Score(sentences[i % 3])).ToArray();

        parallel.Select((score, i) => score == once[i % 3]).Should().AllBeEquivalentTo(true);
        SentenceScorer.Default.Rank(string.Join("\n", sentences)).Select(s => s.Score).Should().BeEquivalentTo(once);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u0000\u0001\ud800")]
    [InlineData("!!!!????....")]
    public void Odd_input_never_throws(string text)
    {
        SentenceScorer.Default.Invoking(s => s.Score(text)).Should().NotThrow();
        SentenceScorer.Default.Invoking(s => s.Rank(text)).Should().NotThrow();
    }
}
