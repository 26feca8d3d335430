using ClaimTracker.Scoring.Training;

namespace ClaimTracker.Tests.Scoring;

public class NewsSdReaderTests
{
    [Fact]
    public void Quoted_fields_keep_commas_newlines_and_doubled_quotes()
    {
        var records = NewsSdReader.Records("Sentence,Label\n\"He said, \"\"no\"\".\n\",SUBJ\nplain,OBJ");

        records.Should().HaveCount(3);
        records[1].Should().Equal("He said, \"no\".\n", "SUBJ");
        records[2].Should().Equal("plain", "OBJ");
    }

    [Fact]
    public void The_held_out_split_depends_only_on_the_text()
    {
        var sentence = new LabelledSentence("  We lost 800,000 jobs last month. ", true);

        DataSplit.IsHeldOut(sentence).Should().Be(DataSplit.IsHeldOut(new LabelledSentence("we lost 800,000 jobs last month.", false)));
        Enumerable.Range(0, 1000).Count(i => DataSplit.IsHeldOut(new LabelledSentence("sentence " + i.ToString(System.Globalization.CultureInfo.InvariantCulture), false)))
            .Should().BeInRange(150, 250, "about a fifth is held out");
    }
}
