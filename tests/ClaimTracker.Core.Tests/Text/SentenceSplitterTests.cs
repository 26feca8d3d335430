using ClaimTracker.Text;
using CsCheck;

namespace ClaimTracker.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Split(string text) =>
        SentenceSplitter.Default.Split(text).Select(s => s.Span.Slice(text)).ToArray();

    public static TheoryData<string, string[]> Cases => new()
    {
        { "Two drones struck. One fell near a school.", ["Two drones struck.", "One fell near a school."] },
        { "The U.S.-Israeli war widened. Baku protested.", ["The U.S.-Israeli war widened.", "Baku protested."] },
        { "Dr. Smith and Gen. Ahmadi met on Jan. 5. They agreed.", ["Dr. Smith and Gen. Ahmadi met on Jan. 5.", "They agreed."] },
        { "Resolution No. 5 passed. No. It failed.", ["Resolution No. 5 passed.", "No.", "It failed."] },
        { "Supreme Leader Ayatollah Seyyed Ali Khamenei died. Crowds gathered.", ["Supreme Leader Ayatollah Seyyed Ali Khamenei died.", "Crowds gathered."] },
        { "Troops left the U.S. The base closed.", ["Troops left the U.S.", "The base closed."] },
        { "Officials in the U.S. Congress objected.", ["Officials in the U.S. Congress objected."] },
        { "He said: “It is over.” Then he left.", ["He said: “It is over.”", "Then he left."] },
        { "“Is it over?” he asked. Nobody answered!", ["“Is it over?” he asked.", "Nobody answered!"] },
        { "Growth was 4.1 percent. Exports rose.", ["Growth was 4.1 percent.", "Exports rose."] },
        { "The region—already isolated—was cut off. Flights stopped.", ["The region—already isolated—was cut off.", "Flights stopped."] },
        { "J. R. Smith wrote it. Really?! Yes…", ["J. R. Smith wrote it.", "Really?!", "Yes…"] },
        { "Headline without a stop\nBody text here. More text.", ["Headline without a stop", "Body text here.", "More text."] },
        { "The cost (about $5 bn.) rose. It fell later.", ["The cost (about $5 bn.) rose.", "It fell later."] },
        { "Cities, e.g. Tabriz, grew. Others shrank.", ["Cities, e.g. Tabriz, grew.", "Others shrank."] },
        { "It ended. then it resumed.", ["It ended. then it resumed."] },
        { "", [] },
        { "  \n \n ", [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Splits_sentences_around_abbreviations_quotes_and_dashes(string text, string[] expected) =>
        Split(text).Should().Equal(expected);

    [Fact]
    public void Paragraphs_are_numbered_by_line()
    {
        var sentences = SentenceSplitter.Default.Split("One. Two.\n\nThree.\nFour.");

        sentences.Select(s => s.Paragraph).Should().Equal(0, 0, 1, 2);
        sentences.Select(s => s.Index).Should().Equal(0, 1, 2, 3);
    }

    [Fact]
    public void Seed_sentences_keep_names_with_periods_whole()
    {
        var text = File.ReadAllText(SeedFiles.PathOf("001_e3ff4aa7f9078776.txt"));

        var sentences = Split(text);

        sentences.Should().Contain(s => s.StartsWith("Baku confirmed that four UAVs", StringComparison.Ordinal)
            && s.EndsWith("reached their marks.", StringComparison.Ordinal));
        sentences.Should().NotContain(s => s.EndsWith("U.S.", StringComparison.Ordinal));
    }

    [Fact]
    public void Spans_are_ordered_trimmed_and_inside_the_text_for_any_input()
    {
        Gen.String.Sample(text =>
        {
            var previousEnd = 0;
            foreach (var sentence in SentenceSplitter.Default.Split(text))
            {
                sentence.Span.Start.Should().BeGreaterThanOrEqualTo(previousEnd);
                sentence.Span.End.Should().BeLessThanOrEqualTo(text.Length);
                sentence.Span.Length.Should().BePositive();
                char.IsWhiteSpace(text[sentence.Span.Start]).Should().BeFalse();
                char.IsWhiteSpace(text[sentence.Span.End - 1]).Should().BeFalse();
                previousEnd = sentence.Span.End;
            }
        }, iter: 2000);
    }
}
