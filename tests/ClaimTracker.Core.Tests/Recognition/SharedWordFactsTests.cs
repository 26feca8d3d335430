using ClaimTracker.Documents;
using ClaimTracker.Recognition;
using ClaimTracker.Recognition.Actors;
using ClaimTracker.Recognition.Dates;
using ClaimTracker.Recognition.Numbers;

namespace ClaimTracker.Tests.Recognition;

/// <summary>
/// Mention recognition looks each word up in the number and date tables once, with the actor scan's words, and the
/// number and date tokens that spell exactly a scan token take their entries from it. That is a shortcut only: a token
/// matched to the wrong scan token, or a word whose facts came from other tables, would give different roles or
/// vocabulary entries than the tokenizers' own lookups, and fail here.
/// </summary>
public class SharedWordFactsTests
{
    private static readonly WordFacts Facts = new(NumberLexicon.Embedded.Roles, DateVocabulary.Default.KnownWords);

    public static TheoryData<string> Texts()
    {
        var data = ScannerShortcutTests.Texts();

        // Where the scan's words and the date tokens part: digits read across words ("2.6km", "12km2"), marks, digits
        // other than ASCII, surrogate pairs, the Unicode line separators and leading or trailing whitespace.
        data.Add("12km2 of land, 2.6km away, 1,500th time; Cafe\u0301 owner \u0663\u0663 said \U0001F600 on 4 March\u20262024.");
        data.Add("  \r\n\tOn March 4,\u2028 2024\u2029 and 5 May 2023 the na\u0308ive 27th-of-May plan\u00a0failed.\n ");
        data.Add("2024, about a dozen in March");

        // Where the scan's words and the numeral tokens part: possessives, URLs, leading decimal points, grouped digits
        // and control characters.
        data.Add("Iran's 2 drones, http://x.org/a1 and WWW.b.com, .5 or 1.5; O\u2019Brien's 40 000 men, the dogs' 3,000th hit.");
        data.Add("He said\u0001 4 dozen\u000Bfled 12 and\u0085 5 left.");
        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Number_roles_from_the_scan_words_are_those_the_lookup_gives(string text)
    {
        var lexicon = NumberLexicon.Embedded;
        var tokens = NumeralTokenizer.Tokenize(text, 0, text.Length, lexicon.SpaceGroupingBlockers);
        using var scan = TextScan.Of(Gazetteer.Default, text, new TextSpan(0, text.Length), facts: Facts);

        var shared = lexicon.Roles.Of(text, tokens, scan.Tokens, []);
        var looked = lexicon.Roles.Of(text, tokens, []);

        looked.Should().Contain(role => role != WordRole.None);
        shared.Should().Equal(looked);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Numeral_tokens_read_from_the_scan_words_are_those_read_from_the_characters(string text)
    {
        var blockers = NumberLexicon.Embedded.SpaceGroupingBlockers;
        using var scan = TextScan.Of(Gazetteer.Default, text, new TextSpan(0, text.Length), facts: Facts);

        var shared = NumeralTokenizer.Tokenize(text, 0, text.Length, blockers, [], scan.Tokens);
        var read = NumeralTokenizer.Tokenize(text, 0, text.Length, blockers);

        read.Should().Contain(token => token.Kind == NumeralTokenKind.Word);
        shared.Should().Equal(read);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Date_tokens_from_the_scan_words_are_those_the_lookup_gives(string text)
    {
        var known = DateVocabulary.Default.KnownWords;
        var window = new TextSpan(0, text.Length);
        using var scan = TextScan.Of(Gazetteer.Default, text, window, facts: Facts);

        var shared = DateTokenizer.Tokenize(text, window, [], known, scan.Tokens);
        var looked = DateTokenizer.Tokenize(text, window, [], known);

        looked.Should().Contain(token => token.IsWord && token.Lower.Length > 0);
        shared.Should().Equal(looked);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Mentions_are_those_of_the_recognizers_run_alone(string text)
    {
        var published = new DateOnly(2024, 6, 1);

        var mentions = MentionRecognizer.Default.Recognize(text, published);

        mentions.Dates.Should().Equal(DateRecognizer.Default.Recognize(text, published));
        mentions.Numbers.Except(NumberRecognizer.Default.Recognize(text)).Should().BeEmpty();
    }

    [Fact]
    public void A_scan_without_the_facts_is_not_read_for_them()
    {
        const string text = "About forty people were hurt on Monday, and a dozen more on March 4.";
        var window = new TextSpan(0, text.Length);

        // The thread's vocabulary now carries other tables' facts: the recognizers must look their words up themselves.
        var otherFacts = new WordFacts(new WordRoles([]), new VocabularyWords([], new HashSet<string>(), new HashSet<string>()));
        using var other = TextScan.Of(Gazetteer.Default, text, window, facts: otherFacts);

        NumberRecognizer.Default.Recognize(text, window, other).Should().Equal(NumberRecognizer.Default.Recognize(text));
        DateRecognizer.Default.Recognize(text, null, window, other).Should().Equal(DateRecognizer.Default.Recognize(text, null));
        NumberRecognizer.Default.Recognize(text).Should().NotBeEmpty();
    }
}
