using System.Runtime.InteropServices;
using ClaimTracker.Documents;
using ClaimTracker.Recognition.Actors;
using ClaimTracker.Text;

namespace ClaimTracker.Recognition.Dates;

/// <summary>
/// Finds date mentions in English news text and resolves them to day intervals. The only reference time is the
/// publication date passed in: the clock is never read, so results are reproducible. Untrusted text never throws.
/// </summary>
public sealed class DateRecognizer
{
    private static readonly Lazy<DateRecognizer> LazyDefault = new(() => new DateRecognizer(DateRecognizerOptions.Default));

    private readonly DateVocabulary _vocabulary = DateVocabulary.Default;
    private readonly DateExpressionScanner _scanner;
    private readonly DateMentionResolver _resolver;

    /// <summary>Creates a recognizer with the built-in vocabulary and the given context limits.</summary>
    /// <param name="options">How far back anchors and context years may be.</param>
    public DateRecognizer(DateRecognizerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _scanner = new DateExpressionScanner(_vocabulary);
        _resolver = new DateMentionResolver(options);
    }

    /// <summary>A shared recognizer with <see cref="DateRecognizerOptions.Default"/>.</summary>
    public static DateRecognizer Default => LazyDefault.Value;

    /// <summary>All date mentions in <paramref name="text"/>, in text order.</summary>
    /// <param name="text">Any text; null or empty yields no mentions.</param>
    /// <param name="published">The publication date, the reference for partial and deictic dates; null if unknown.</param>
    public IReadOnlyList<DateMention> Recognize(string text, DateOnly? published) =>
        Recognize(text, published, new TextSpan(0, text?.Length ?? 0));

    /// <summary>
    /// The date mentions inside <paramref name="window"/> of <paramref name="text"/>, with spans in absolute offsets
    /// of <paramref name="text"/>. Context (years, anchors) is taken from inside the window only.
    /// </summary>
    /// <param name="text">Any text; null or empty yields no mentions.</param>
    /// <param name="published">The publication date, or null if unknown.</param>
    /// <param name="window">The part of <paramref name="text"/> to read; clamped to the text.</param>
    public IReadOnlyList<DateMention> Recognize(string text, DateOnly? published, TextSpan window) =>
        Recognize(text, published, window, null);

    /// <summary>The vocabulary words tokens are looked up in, for a scan whose words should carry them.</summary>
    internal VocabularyWords KnownWords => _vocabulary.KnownWords;

    /// <summary>
    /// As <see cref="Recognize(string, DateOnly?, TextSpan)"/>, with <paramref name="scan"/>, a scan of the same window
    /// whose words carry <see cref="KnownWords"/>: the tokens are read from its words, with the entries they carry.
    /// </summary>
    internal IReadOnlyList<DateMention> Recognize(string text, DateOnly? published, TextSpan window, TextScan? scan)
    {
        if (string.IsNullOrEmpty(text))
            return [];
        var start = Math.Clamp(window.Start, 0, text.Length);
        var end = Math.Clamp(window.End, start, text.Length);
        var tokens = TokenBuffer<DateToken>.Rent();
        var expressions = TokenBuffer<DateExpression>.Rent();
        try
        {
            var words = scan is not null && ReferenceEquals(scan.Text, text) && ReferenceEquals(scan.Facts?.DateWords, KnownWords)
                ? scan.Tokens
                : [];
            _scanner.Scan(DateTokenizer.Tokenize(text, new TextSpan(start, end), tokens, KnownWords, words), expressions);
            return _resolver.Resolve(text, CollectionsMarshal.AsSpan(expressions), published);
        }
        finally
        {
            TokenBuffer<DateExpression>.Return(expressions);
            TokenBuffer<DateToken>.Return(tokens);
        }
    }
}
