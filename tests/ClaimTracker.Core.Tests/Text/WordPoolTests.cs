using ClaimTracker.Documents;
using ClaimTracker.Text;

namespace ClaimTracker.Tests.Text;

public class WordPoolTests
{
    [Theory]
    [InlineData("Drones", "drones")]
    [InlineData("UAVs", "uavs")]
    [InlineData("Ürümqi", "ürümqi")]
    [InlineData("ÖZGÜR", "özgür")]
    [InlineData("Mid-2023", "mid-2023")]
    [InlineData("’", "’")]
    [InlineData("A", "a")]
    [InlineData(",", ",")]
    [InlineData("7", "7")]
    public void Lower_case_is_the_invariant_culture_s(string word, string expected)
    {
        WordPool.Lower(word).Should().Be(expected).And.Be(word.ToLowerInvariant());
    }

    [Fact]
    public void Equal_words_share_one_string_whatever_their_casing()
    {
        var first = WordPool.Lower("Wounded".AsSpan());
        var second = WordPool.Lower("WOUNDED is a heading".AsSpan(0, 7));

        second.Should().BeSameAs(first);
    }

    [Fact]
    public void Interning_keeps_the_written_form_and_shares_the_lower_case()
    {
        var written = WordPool.Intern("Kherson".AsSpan());

        written.Text.Should().Be("Kherson");
        written.Lower.Should().BeSameAs(WordPool.Lower("kherson"));
        WordPool.Intern("in Kherson".AsSpan(3)).Should().BeSameAs(written);
    }

    [Fact]
    public void Words_longer_than_the_pool_takes_are_still_lower_cased()
    {
        var word = new string('A', 100);

        WordPool.Lower(word).Should().Be(new string('a', 100));
        WordPool.Intern(word).Lower.Should().Be(new string('a', 100));
    }

    [Fact]
    public Task Classes_come_with_the_words_and_a_recurring_word_is_classified_once() =>
        // A thread of its own has a fresh pool: a test thread's may be full after other tests, and then keeps no new words.
        Task.Factory.StartNew(ClassifyTwice, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private static void ClassifyTwice()
    {
        var classifier = new CountingClassifier();
        const string text = "Two drones struck; two DRONES fell, and a drone-maker's A-1 drone (of 7) was hit.";
        var hashes = new List<int>();
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, new TextSpan(0, text.Length), tokens, hashes);

        var words = Lower(text, tokens, hashes, classifier, out var classes);

        words.Should().Equal(WordPool.Lower(text, tokens));
        classes.Should().Equal(words.Select(classifier.Expected));
        classifier.Asked.Should().OnlyHaveUniqueItems().And.BeEquivalentTo(words.Distinct());

        Lower(text, tokens, hashes, classifier, out var again);
        again.Should().Equal(classes);
        classifier.Asked.Should().HaveCount(words.Distinct().Count());
    }

    [Theory]
    [InlineData("Two DRONES struck Ürümqi's U.S.-run base: 1,200 wounded, 4.1% of Mid-2023's ÖZGÜR count.")]
    [InlineData("A b C; naïve Café-goers ’quoted’ (x) Éric, ÅLAND and AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.")]
    public void Words_found_by_the_tokenizer_s_hashes_are_the_words_lower_casing_finds(string text)
    {
        var hashes = new List<int>();
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, new TextSpan(0, text.Length), tokens, hashes);

        var words = Lower(text, tokens, hashes, new CountingClassifier(), out _);

        words.Should().Equal(tokens.Select(t => t.Span.Slice(text).ToLowerInvariant()));
        words.Should().Equal(WordPool.Lower(text, tokens));
        hashes.Should().HaveCount(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i].Span.Slice(text);
            var hashed = tokens[i].Kind is TokenKind.Word or TokenKind.Number && System.Text.Ascii.IsValid(token);
            hashes[i].Should().Be(hashed ? WordTable<string>.Hash(token.ToLowerInvariant()) : 0, token);
        }
    }

    [Fact]
    public void Another_classifier_is_asked_for_itself()
    {
        const string text = "Four drones";
        var hashes = new List<int>();
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, new TextSpan(0, text.Length), tokens, hashes);
        Lower(text, tokens, hashes, new CountingClassifier(), out _);
        var other = new CountingClassifier(salt: 7);

        Lower(text, tokens, hashes, other, out var classes);

        classes.Should().Equal(other.Expected("four"), other.Expected("drones"));
        other.Asked.Should().Equal("four", "drones");
    }

    [Fact]
    public void A_full_table_answers_for_what_it_holds_and_takes_no_more()
    {
        var table = new WordTable<string>(capacity: 2);
        foreach (var word in new[] { "one", "two", "three" })
        {
            table.Add(word, WordTable<string>.Hash(word), word.ToUpperInvariant());
        }

        table.Find("one", WordTable<string>.Hash("one")).Should().Be("ONE");
        table.Find("two", WordTable<string>.Hash("two")).Should().Be("TWO");
        table.Find("three", WordTable<string>.Hash("three")).Should().BeNull();
    }

    [Fact]
    public void Colliding_hashes_are_told_apart_by_their_characters()
    {
        var table = new WordTable<string>(capacity: 8);
        table.Add("alpha", 42, "A");
        table.Add("beta", 42, "B");

        table.Find("alpha", 42).Should().Be("A");
        table.Find("beta", 42).Should().Be("B");
        table.Find("gamma", 42).Should().BeNull();
    }

    [Fact]
    public void A_growing_table_still_finds_every_word_it_took()
    {
        var table = new WordTable<string>(capacity: 5000);
        var words = Enumerable.Range(0, 5000).Select(i => "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        foreach (var word in words)
        {
            table.Add(word, WordTable<string>.Hash(word), word);
        }

        words.Should().OnlyContain(word => table.Find(word, WordTable<string>.Hash(word)) == word);
        table.Find("w5000", WordTable<string>.Hash("w5000")).Should().BeNull();
    }

    private static string[] Lower(string text, List<Token> tokens, List<int> hashes, IWordClassifier classifier, out ulong[] classes)
    {
        var words = new string[tokens.Count];
        classes = new ulong[tokens.Count];
        WordPool.Lower(text, tokens.ToArray(), hashes.ToArray(), classifier, words, classes);
        return words;
    }

    private sealed class CountingClassifier(int salt = 0) : IWordClassifier
    {
        public List<string> Asked { get; } = [];

        public ulong Expected(string word) => (uint)(word.Length + salt) | ((ulong)word[0] << 8);

        public ulong Classify(string word)
        {
            Asked.Add(word);
            return Expected(word);
        }
    }
}
