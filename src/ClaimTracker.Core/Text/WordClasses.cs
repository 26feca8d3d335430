namespace ClaimTracker.Text;

/// <summary>
/// A word's classes by the last classifier that asked, kept with the word: a thread meets the same words again and
/// again, so each is classified once. A mutable struct held in a field of its word, which belongs to one thread.
/// </summary>
internal struct WordClasses
{
    private IWordClassifier? classifiedBy;
    private ulong classes;

    /// <summary>The classes of <paramref name="word"/> by <paramref name="classifier"/>, worked out on the first call.</summary>
    public ulong Of(IWordClassifier classifier, string word)
    {
        if (!ReferenceEquals(classifiedBy, classifier))
        {
            classes = classifier.Classify(word);
            classifiedBy = classifier;
        }

        return classes;
    }
}
