using ClaimTracker.Claims.Extraction;
using ClaimTracker.Documents;
using ClaimTracker.Recognition;
using ClaimTracker.Text;

namespace ClaimTracker.Tests.Claims.Extraction;

/// <summary>Builds the sentence contexts the claims stage sees, for a text given in a test.</summary>
internal static class Sentences
{
    public static IReadOnlyList<SentenceContext> Of(string text, DateOnly? published = null, string source = "Test Wire", TriggerIndex? triggers = null)
    {
        var document = new Document("doc", source, null, published, null, text);
        var sentences = SentenceSplitter.Default.Split(text);
        var slices = MentionSlicer.Slice(MentionRecognizer.Default.Recognize(text, published), sentences);
        var contexts = new List<SentenceContext>();
        SentenceContext? previous = null;
        for (var i = 0; i < sentences.Count; i++)
        {
            previous = new SentenceContext(document, sentences[i], slices[i], previous, triggers);
            contexts.Add(previous);
        }

        return contexts;
    }

    public static TextSpan SpanOf(SentenceContext sentence, string quote)
    {
        var start = sentence.Document.Text.IndexOf(quote, sentence.Sentence.Span.Start, StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, $"'{quote}' should be in the sentence");
        return new TextSpan(start, start + quote.Length);
    }
}
