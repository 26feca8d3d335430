using System.Runtime.InteropServices;
using ClaimTracker.Claims.Extraction;
using ClaimTracker.Documents;
using ClaimTracker.Recognition;
using ClaimTracker.Recognition.Actors;
using ClaimTracker.Text;

namespace ClaimTracker.Tests.Claims.Extraction;

/// <summary>
/// The claim rules' sentence tokens are built from the actor scan's tokens instead of tokenizing every sentence again.
/// What the reader builds must be the tokenizer's tokens, words and word classes exactly, or nothing (-1, and the
/// sentence is tokenized as before); and on ordinary news text it must build them, or the shortcut does nothing.
/// </summary>
public class ScanTokenReaderTests
{
    public static TheoryData<string> Joined => new()
    {
        "Iran's drones and the U.S.-made missiles hit 1,200 homes; 4.1 km of the U.S. border.",
        "The twenty\u2010one victims don\u2019t agree: it was 9.30, not 10,000.5.",
        "He said \"two\" drones (maybe three) were launched -- from the U.S",
        "Officials in the U.S. and the U.K. said the 3-day strike killed 2 people.",
        "Rock'n'roll a-b-c 1.2.3 e.g. A.B.C. x,y 1,a a.1 1-a a-1",
    };

    public static TheoryData<string> Unusual => new()
    {
        "Two \U0001F680 rockets hit \U0001D400\U0001D401 base.",
        "\u0939\u092E\u0932\u093E \u0915\u093F\u092F\u093E \u0917\u092F\u093E, police said.",
        "Caf\u00E9 owner Jose\u0301 was wounded in Ko\u0308ln.",
        "Ends in a lone mark \u0301 and a lone surrogate \uD83D here.",
        "Tabs\tand\u00A0no-break\u2003spaces\r\nand line breaks.",
    };

    [Theory]
    [MemberData(nameof(Joined))]
    [MemberData(nameof(Unusual))]
    public void Builds_the_tokenizers_own_tokens_or_none(string text)
    {
        foreach (var (span, read) in ReadSentences(text))
        {
            if (read is not null)
            {
                read.Should().BeEquivalentTo(Tokenized(text, span), options => options.WithStrictOrdering(), "sentence {0}", span.Slice(text));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Joined))]
    public void Reads_joined_words_and_numbers_itself_rather_than_falling_back(string text) =>
        ReadSentences(text).Should().OnlyContain(sentence => sentence.Read != null);

    [Fact]
    public void Builds_every_sentence_of_real_articles_exactly()
    {
        var sentences = 0;
        foreach (var text in ArticleTexts.SeedsAndGoldArticles())
        {
            foreach (var (span, read) in ReadSentences(text))
            {
                read.Should().NotBeNull("the scan lines up with sentence {0}", span.Slice(text));
                read.Should().BeEquivalentTo(Tokenized(text, span), options => options.WithStrictOrdering(), "sentence {0}", span.Slice(text));
                sentences++;
            }
        }

        sentences.Should().BeGreaterThan(100);
    }

    [Fact]
    public void The_extractor_hands_every_sentence_its_own_scan_tokens()
    {
        // Through the pipeline: the extractor slices the scan by sentence as it walks them, into reused buffers.
        var documents = ArticleTexts.SeedsAndGoldArticles().Concat(Joined.Cast<object[]>().Concat(Unusual.Cast<object[]>()).Select(row => (string)row[0]))
            .Select((text, i) => new Document($"d{i}", "test", null, null, null, text));
        foreach (var document in documents)
        {
            using var buffers = SentenceBuffers.Rent(keepWords: true);
            var analysis = ClaimExtractor.Default.Extract(document, buffers);
            for (var i = 0; i < analysis.Sentences.Count; i++)
            {
                var span = analysis.Sentences[i].Span;
                analysis.SentenceWords![i].Should().Equal(Tokenized(document.Text, span).Select(token => token.Word), "sentence {0}", span.Slice(document.Text));
            }
        }
    }

    [Fact]
    public void A_span_that_starts_inside_a_scan_word_is_refused()
    {
        const string text = "Two drones struck the base.";
        var scan = ScanOf(text);
        // "ones struck ...": the scan's first token at or after the span's start is "struck".
        var span = new TextSpan(text.IndexOf("ones", StringComparison.Ordinal), text.Length);
        var words = scan.Where(token => token.Start >= span.Start).ToArray();

        Read(text, span, words).Should().BeNull();
    }

    [Fact]
    public void A_scan_that_misses_a_word_is_refused()
    {
        const string text = "Two drones struck the base.";
        var scan = ScanOf(text).Where(token => token.Word.Text != "struck").ToArray();

        Read(text, new TextSpan(0, text.Length), scan).Should().BeNull();
    }

    [Fact]
    public void Random_text_is_built_exactly_or_refused_and_plain_text_is_built()
    {
        const string plain = "abcXYZ019 ,.;:!?'-\"()%$ ";
        const string odd = "\u2019\u2010\u0301\u0903\u00E9\u00A0\u2003\t\n\U0001F680\uD83D\u00BD\u0660";
        var random = new Random(20261123);
        for (var round = 0; round < 400; round++)
        {
            var alphabet = round % 2 == 0 ? plain : plain + odd;
            var text = new string(Enumerable.Range(0, random.Next(1, 60)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var start = random.Next(0, text.Length);
            var span = round % 4 < 2 ? new TextSpan(0, text.Length) : new TextSpan(start, random.Next(start, text.Length + 1));
            var read = Read(text, span, ScanOf(text).Where(token => token.Start >= span.Start).ToArray());
            if (read is not null)
            {
                read.Should().BeEquivalentTo(Tokenized(text, span), options => options.WithStrictOrdering(), "text '{0}' span {1}", text, span);
            }
            else if (round % 4 == 0)
            {
                Assert.Fail($"plain text over its whole span must be built: '{text}'");
            }
        }
    }

    private static List<(TextSpan Span, List<ReadToken>? Read)> ReadSentences(string text)
    {
        var scan = ScanOf(text);
        return SentenceSplitter.Default.Split(text)
            .Select(sentence => sentence.Span)
            .Select(span => (span, Read(text, span, scan.Where(token => token.Start >= span.Start && token.Start < span.End).ToArray())))
            .ToList();
    }

    private static WordToken[] ScanOf(string text)
    {
        MentionRecognizer.Default.Recognize(text, null, out var words);
        words.Should().NotBeNull();
        var tokens = CollectionsMarshal.AsSpan(words).ToArray();
        TokenBuffer<WordToken>.Return(words!);
        return tokens;
    }

    private static List<ReadToken>? Read(string text, TextSpan span, WordToken[] scan)
    {
        var tokens = new Token[scan.Length];
        var words = new string[scan.Length];
        var classes = new ulong[scan.Length];
        var count = ScanTokenReader.Read(text, span, scan, ClaimExtractors.Triggers, tokens, words, classes);
        return count < 0 ? null : Enumerable.Range(0, count).Select(i => new ReadToken(tokens[i], words[i], classes[i])).ToList();
    }

    private static List<ReadToken> Tokenized(string text, TextSpan span)
    {
        var tokens = Tokenizer.Tokenize(text, span);
        return WordPool.Lower(text, tokens).Select((word, i) => new ReadToken(tokens[i], word, ClaimExtractors.Triggers.Classify(word))).ToList();
    }

    private sealed record ReadToken(Token Token, string Word, ulong Classes);
}
