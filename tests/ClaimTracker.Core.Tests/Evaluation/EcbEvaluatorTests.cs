using ClaimTracker.Evaluation;
using static ClaimTracker.Tests.Evaluation.FakePipeline;

namespace ClaimTracker.Tests.Evaluation;

public sealed class EcbEvaluatorTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public EcbEvaluatorTests()
    {
        _folder.Write("text/8/8_1ecb.txt", "[0] A bomb killed two officers , police said .\n[1] It was `` awful '' ( they said ) .\n");
        _folder.Write("text/8/8_2ecb.txt", "[0] Two officers died in the blast .\n");
        _folder.Write("text/8/8_1ecbplus.txt", "[0] http : / / example . com / fire\n[1] Three died in a bank fire .\n");
        _folder.Write("text/8/8_notes.txt", "[0] not a document .\n");
        _folder.Write("text/12/12_1ecb.txt", "[0] The navy stopped a pirate attack .\n");
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Reads_topics_in_numeric_order_with_the_sub_topic_as_gold_event()
    {
        var corpus = EcbCorpus.Read(_folder.Path);

        corpus.Value!.Documents.Select(d => (d.Document.Id, d.GoldEvent)).Should().Equal(
            ("8_1ecb", "8/ecb"), ("8_1ecbplus", "8/ecbplus"), ("8_2ecb", "8/ecb"), ("12_1ecb", "12/ecb"));
        corpus.Problems.Should().ContainSingle(p => p.Contains("8_notes.txt", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_is_rebuilt_from_tokens_and_the_source_url_sentence_is_left_out()
    {
        var documents = EcbCorpus.Read(_folder.Path).Value!.Documents.ToDictionary(d => d.Document.Id, d => d.Document.Text);

        documents["8_1ecb"].Should().Be("A bomb killed two officers, police said.\nIt was \"awful\" (they said).");
        documents["8_1ecbplus"].Should().Be("Three died in a bank fire.");
    }

    [Fact]
    public void A_limit_counts_topics_and_a_missing_folder_is_unusable()
    {
        EcbCorpus.Read(_folder.Path, limit: 1).Value!.Documents.Select(d => d.Topic).Distinct().Should().Equal("8");
        EcbCorpus.Read(Path.Combine(_folder.Path, "missing")).IsUsable.Should().BeFalse();
    }

    [Fact]
    public void Documents_take_their_dominant_event_and_a_mixed_event_is_reported_as_a_merge()
    {
        var pipeline = new FakePipeline(new()
        {
            ["8_1ecb"] = [Killed(2, "a"), Killed(2, "a")],
            ["8_2ecb"] = [Killed(2, "a")],
            ["8_1ecbplus"] = [Killed(3, "a"), Killed(3, "b"), Killed(3, "b")],
        });

        var report = EcbEvaluator.Evaluate(EcbCorpus.Read(_folder.Path).Value!, pipeline.Analyze);

        var topic8 = report.Topics.Single(t => t.Topic == "8");
        (topic8.Documents, topic8.DocumentsWithEvent, topic8.PredictedEvents, topic8.MergesEvents).Should().Be((3, 3, 2, true));
        topic8.ByDocument.Should().Be(new B3Score(3, 1.0, 1.0));
        // Claims: event a holds three ecb claims and one ecbplus claim, event b two ecbplus claims.
        topic8.ByClaim.Precision.Should().BeApproximately(((3 * 0.75) + 0.25 + 2) / 6, 1e-9);
        topic8.ByClaim.Recall.Should().BeApproximately((3 + (1 / 3.0) + (2 * 2 / 3.0)) / 6, 1e-9);
        var topic12 = report.Topics.Single(t => t.Topic == "12");
        (topic12.DocumentsWithEvent, topic12.ByClaim.Items).Should().Be((0, 0));
        report.TopicsMerged.Should().Be(1);
        report.ByDocument.Items.Should().Be(4);
        pipeline.CallSizes.Should().Equal(3, 1);
    }

    [Fact]
    public void Two_events_kept_apart_score_one()
    {
        var pipeline = new FakePipeline(new()
        {
            ["8_1ecb"] = [Killed(2, "a")],
            ["8_2ecb"] = [Killed(2, "a")],
            ["8_1ecbplus"] = [Killed(3, "b")],
        });

        var report = EcbEvaluator.Evaluate(EcbCorpus.Read(_folder.Path, limit: 1).Value!, pipeline.Analyze);

        report.ByClaim.Should().Be(new B3Score(3, 1.0, 1.0));
        report.TopicsMerged.Should().Be(0);
    }

    [Theory]
    [InlineData("He said : `` No . ''", "He said: \"No.\"")]
    [InlineData("It cost $ 5 , or 10 % more .", "It cost $5, or 10% more.")]
    [InlineData("They did n't go ; it 's late !", "They didn't go; it's late!")]
    [InlineData("", "")]
    public void Tokens_join_into_readable_text(string tokens, string text) =>
        EcbTokenText.Join(tokens).Should().Be(text);
}
