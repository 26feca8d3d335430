using ClaimTracker.Evaluation;

namespace ClaimTracker.Tests.Evaluation;

public class HedgeCorpusTests
{
    /// <summary>Two documents in the WikiWeasel layout: a title part, a hedged sentence with a two-word cue, a certain one.</summary>
    internal const string Sample = """
        <?xml version="1.0" encoding="UTF-8" standalone="no"?><!DOCTYPE Annotation PUBLIC "-//Uncertainty//DTD  SCOPE ANNOTATION 1.0//EN" "Uncertainty.dtd">
        <Annotation><DocumentSet>
        <Document type="Wikipedia_text_weasel"><DocID type="WIKIPEDIA_ARTICLE_ID">A_1</DocID>
        <DocumentPart type="Title"><Sentence id="S1.1">Some <ccue type="speculation_modal_probable_">possibly</ccue> odd title</Sentence></DocumentPart>
        <DocumentPart type="Text"><Sentence id="S1.2">The bridge <ccue type="speculation_modal_probable_">may</ccue> have been built in 1820.</Sentence><Sentence id="S1.3">It is <ccue type="speculation_hypo_doxastic _">widely  Thought</ccue> to be haunted.</Sentence></DocumentPart></Document>
        <Document type="Wikipedia_text_weasel"><DocID type="WIKIPEDIA_ARTICLE_ID">B_2</DocID>
        <DocumentPart type="Text"><Sentence id="S1.2">The river is 40 km long.</Sentence></DocumentPart></Document>
        </DocumentSet></Annotation>
        """;

    [Fact]
    public void Reads_text_sentences_with_their_cues_and_skips_titles()
    {
        var corpus = HedgeCorpus.Parse("sample.xml", new StringReader(Sample));

        corpus.Problems.Should().BeEmpty();
        var sentences = corpus.Value!.Sentences;
        sentences.Select(s => s.Text).Should().Equal("The bridge may have been built in 1820.", "It is widely  Thought to be haunted.", "The river is 40 km long.");
        sentences.Select(s => s.Cues).Should().BeEquivalentTo(new[] { new[] { "may" }, new[] { "widely thought" }, [] }, o => o.WithStrictOrdering());
        sentences.Select(s => s.IsUncertain).Should().Equal(true, true, false);
    }

    [Theory]
    [InlineData("<Annotation><Document>", "not well-formed XML")]
    [InlineData("<Annotation><DocumentPart type=\"Title\"><Sentence>Only a title</Sentence></DocumentPart></Annotation>", "no sentence")]
    public void Unusable_xml_is_reported_not_thrown(string xml, string problem)
    {
        var corpus = HedgeCorpus.Parse("bad.xml", new StringReader(xml));

        corpus.IsUsable.Should().BeFalse();
        corpus.Problems.Should().ContainSingle().Which.Should().Contain(problem);
    }

    [Fact]
    public void A_missing_file_is_unusable_with_a_message()
    {
        using var folder = new TempFolder();

        var corpus = HedgeCorpus.Read(folder.Path);

        corpus.IsUsable.Should().BeFalse();
        corpus.Problems.Should().ContainSingle().Which.Should().Contain("wiki.xml").And.Contain("no such file");
    }

    [Fact]
    public void A_folder_is_read_through_its_wiki_xml()
    {
        using var folder = new TempFolder();
        folder.Write("wiki.xml", Sample);

        HedgeCorpus.Read(folder.Path).Value!.Sentences.Should().HaveCount(3);
    }
}
