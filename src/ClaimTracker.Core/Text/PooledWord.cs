namespace ClaimTracker.Text;

/// <summary>
/// A lower-cased word as <see cref="WordPool"/> keeps it, with room for one classifier's answer. Pooled words belong
/// to one thread's pool (or to one call, when the pool does not keep them), so the answer is written without locks.
/// </summary>
internal sealed class PooledWord(string text)
{
    private WordClasses classes;

    /// <summary>The lower-cased word.</summary>
    public string Text { get; } = text;

    /// <summary>The classes of the word by <paramref name="classifier"/>; asked again only when the classifier changes.</summary>
    public ulong ClassesBy(IWordClassifier classifier) => classes.Of(classifier, Text);
}
