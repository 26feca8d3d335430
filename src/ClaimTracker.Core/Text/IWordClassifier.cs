namespace ClaimTracker.Text;

/// <summary>
/// Sorts a lower-cased word into up to 64 classes (one bit each). The answer depends on the word alone, so
/// <see cref="WordPool"/> keeps it beside the pooled word and a recurring word is classified once per thread.
/// </summary>
internal interface IWordClassifier
{
    /// <summary>One bit per class that <paramref name="word"/> is in; 0 for none.</summary>
    ulong Classify(string word);
}
