using ClaimTracker.Documents;
using ClaimTracker.Recognition.Dates;
using ClaimTracker.Recognition.Numbers;
using Newtonsoft.Json.Linq;

namespace ClaimTracker.Tests.Recognition;

/// <summary>
/// The number and date scanners pass a word no mention can begin with after one lookup in a start-word set built from
/// their vocabularies. That is a shortcut only: with it turned off, every reader is asked at every word, and the
/// mentions must be the same. A reader or vocabulary table added without its start words would fail here.
/// </summary>
public class ScannerShortcutTests
{
    public static TheoryData<string> Texts()
    {
        var data = new TheoryData<string>();
        foreach (var text in ArticleTexts.SeedsAndGoldArticles())
        {
            data.Add(text);
        }

        // Every input of the number and date specs, as one text per file: phrasings the articles do not use.
        foreach (var file in new[] { "NumberModel.json", "NumberRangeModel.json", "PercentModel.json" })
        {
            var cases = JArray.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Specs", "Numbers", file)));
            data.Add(string.Join("\n", cases.Select(c => (string)c["Input"]!)));
        }

        var dates = JObject.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Specs", "Dates", "date-cases.json")));
        data.Add(string.Join("\n", dates.Descendants().OfType<JProperty>().Where(p => p.Name == "text").Select(p => (string)p.Value!)));
        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Number_mentions_are_the_same_with_and_without_the_shortcut(string text)
    {
        var lexicon = NumberLexicon.Embedded;
        var tokens = NumeralTokenizer.Tokenize(text, 0, text.Length, lexicon.SpaceGroupingBlockers);

        var fast = new MentionScanner(lexicon).Scan(new TokenStream(text, tokens));
        var full = new MentionScanner(lexicon, passNonStarters: false).Scan(new TokenStream(text, tokens));

        full.Should().NotBeEmpty();
        fast.Should().Equal(full);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Date_expressions_are_the_same_with_and_without_the_shortcut(string text)
    {
        var tokens = DateTokenizer.Tokenize(text, new TextSpan(0, text.Length));

        var fast = new DateExpressionScanner(DateVocabulary.Default).Scan(tokens);
        var full = new DateExpressionScanner(DateVocabulary.Default, passNonStarters: false).Scan(tokens);

        fast.Should().Equal(full);
    }
}
