using ClaimTracker.Documents;
using ClaimTracker.Recognition.Actors;
using ClaimTracker.Recognition.Dates;
using ClaimTracker.Recognition.Numbers;
using Newtonsoft.Json.Linq;

namespace ClaimTracker.Tests.Recognition;

/// <summary>
/// The number and date scanners pass a word no mention can begin with by a bit its token carries, found with the word in
/// their vocabularies. That is a shortcut only: with it turned off, every reader is asked at every word, and the
/// mentions must be the same. A reader or vocabulary table added without its start words would fail here. Likewise the
/// date tokenizer gives a word the vocabulary does not know no lower-cased string; a rule that compares tokens with a word
/// missing from <see cref="DateVocabulary.KnownWords"/> would find different expressions here. The number readers ask a
/// table only for a token with its <see cref="WordRole"/>; a role given to the wrong table, or a table without one, fails here.
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

        // The words the date rules name in code: "of" and the "s" of a possessive or of "1990's".
        data.Add("On the 4th of March 2021 the EU's 2022 memorandum, drafted in the 1990's, was dropped in March of 2024.");

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
    public void Number_mentions_are_the_same_whether_tables_are_asked_by_word_role_or_always(string text)
    {
        var lexicon = NumberLexicon.Embedded;
        var tokens = NumeralTokenizer.Tokenize(text, 0, text.Length, lexicon.SpaceGroupingBlockers);
        var scanner = new MentionScanner(lexicon, passNonStarters: false);

        var fast = scanner.Scan(new TokenStream(text, tokens, lexicon.Roles.Of(text, tokens, [])));
        var full = scanner.Scan(new TokenStream(text, tokens));

        full.Should().NotBeEmpty();
        fast.Should().Equal(full);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Actor_mentions_are_the_same_whether_mentions_found_in_order_skip_the_sort_or_not(string text)
    {
        var kept = new ActorRecognizer(Gazetteer.Default).Recognize(text);
        var sorted = new ActorRecognizer(Gazetteer.Default, keepOrderedMentions: false).Recognize(text);

        kept.Should().Equal(sorted);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Date_expressions_are_the_same_with_and_without_the_shortcut(string text)
    {
        var vocabulary = DateVocabulary.Default;
        var tokens = DateTokenizer.Tokenize(text, new TextSpan(0, text.Length), [], vocabulary.KnownWords);

        var fast = new DateExpressionScanner(vocabulary).Scan(tokens, []);
        var full = new DateExpressionScanner(vocabulary, passNonStarters: false, gateRelativeByUnit: false).Scan(tokens, []);

        fast.Should().Equal(full);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Date_expressions_are_the_same_with_and_without_the_unit_gate_of_relative_expressions(string text)
    {
        var vocabulary = DateVocabulary.Default;
        var tokens = DateTokenizer.Tokenize(text, new TextSpan(0, text.Length), [], vocabulary.KnownWords);

        var gated = new DateExpressionScanner(vocabulary, passNonStarters: false).Scan(tokens, []);
        var ungated = new DateExpressionScanner(vocabulary, passNonStarters: false, gateRelativeByUnit: false).Scan(tokens, []);

        gated.Should().Equal(ungated);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_date_word_carries_whether_it_starts_an_expression_or_names_a_unit(string text)
    {
        var vocabulary = DateVocabulary.Default;
        var words = DateTokenizer.Tokenize(text, new TextSpan(0, text.Length), [], vocabulary.KnownWords).Where(t => t.IsWord);

        foreach (var word in words)
        {
            var lower = text[word.Start..word.End].ToLowerInvariant();
            word.MayStartExpression.Should().Be(vocabulary.ExpressionStarts.Contains(lower), lower);
            word.MayNameUnit.Should().Be(vocabulary.Units.ContainsKey(lower), lower);
        }
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Date_expressions_are_the_same_whether_unknown_words_are_lower_cased_or_left_empty(string text)
    {
        var vocabulary = DateVocabulary.Default;
        var scanner = new DateExpressionScanner(vocabulary, passNonStarters: false);
        var window = new TextSpan(0, text.Length);

        var fast = scanner.Scan(DateTokenizer.Tokenize(text, window, [], vocabulary.KnownWords), []);
        var full = scanner.Scan(DateTokenizer.Tokenize(text, window), []);

        fast.Should().Equal(full);
    }
}
