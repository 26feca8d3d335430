using ClaimTracker.Evaluation;
using Xunit.Abstractions;

namespace ClaimTracker.Tests.Evaluation;

public class HedgeEvaluatorTests(ITestOutputHelper output)
{
    private static readonly string RealCorpus = RepositoryFiles.PathOf("..", "shared", "data", "szeged-uncertainty-wikiweasel", "wiki.xml");

    [Fact]
    public void Scores_the_uncertain_class_and_lists_missed_and_false_cues()
    {
        var corpus = HedgeCorpus.Parse("sample.xml", new StringReader("""
            <Annotation><DocumentSet><Document><DocumentPart type="Text">
            <Sentence>The bridge <ccue>may</ccue> have been built in 1820.</Sentence>
            <Sentence>It is <ccue>widely held</ccue> to be haunted.</Sentence>
            <Sentence>The mayor claimed the river is 40 km long.</Sentence>
            <Sentence>The river is 40 km long.</Sentence>
            </DocumentPart></Document></DocumentSet></Annotation>
            """)).Value!;

        var report = HedgeEvaluator.Evaluate(corpus);

        report.Sentences.Should().Be(4);
        report.Uncertain.Should().Be(new PrecisionRecall(Predicted: 2, Gold: 2, Matched: 1));
        report.MissedCues.Should().Equal(new CueCount("widely held", 1));
        report.FalseCues.Should().Equal(new CueCount("claimed", 1));
    }

    /// <summary>
    /// Optional: the real WikiWeasel file, read from ../shared/data when present and never copied (no licence is
    /// stated). Without it the test says so and returns.
    /// </summary>
    [Fact]
    public void The_modality_rules_find_most_hedged_wikipedia_sentences()
    {
        if (!File.Exists(RealCorpus))
        {
            output.WriteLine("skipped: no Szeged WikiWeasel corpus at " + RealCorpus);
            return;
        }

        var report = HedgeEvaluator.Evaluate(HedgeCorpus.Read(RealCorpus).Value!);

        output.WriteLine($"{report.Sentences} sentences: P {report.Uncertain.Precision:0.000} R {report.Uncertain.Recall:0.000} F1 {report.Uncertain.F1:0.000}");
        report.Sentences.Should().Be(16218, "the corpus README counts 13,615 certain and 2,603 uncertain text sentences");
        report.Uncertain.Gold.Should().Be(2603);
        report.Uncertain.F1.Should().BeGreaterThan(0.70, "measured 0.724 with the shipped modality.json");
    }
}
