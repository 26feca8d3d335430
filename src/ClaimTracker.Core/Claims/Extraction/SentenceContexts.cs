using ClaimTracker.Documents;
using ClaimTracker.Recognition;
using ClaimTracker.Recognition.Actors;
using ClaimTracker.Text;

namespace ClaimTracker.Claims.Extraction;

/// <summary>
/// The sentence contexts of one document, kept by the thread for its next document and loaded again there: a context per
/// sentence, made new, was a tenth of all the pipeline allocated. A document's contexts stay valid until
/// <see cref="Dispose"/>; extractors do not keep them beyond the sentence they read.
/// </summary>
internal sealed class SentenceContexts : IDisposable
{
    // A document with more sentences than this gives its contexts up, so one long text does not stay reachable from the thread.
    private const int MaxKept = 4096;

    [ThreadStatic]
    private static SentenceContexts? t_kept;

    private readonly List<SentenceContext> contexts = [];
    private int count;

    private SentenceContexts()
    {
    }

    /// <summary>The thread's kept contexts if it has them, so a nested caller gets contexts of its own.</summary>
    public static SentenceContexts Rent()
    {
        var kept = t_kept ?? new SentenceContexts();
        t_kept = null;
        return kept;
    }

    /// <summary>The context of the document's next sentence, as <see cref="SentenceContext"/>'s constructor makes it.</summary>
    public SentenceContext Next(Document document, Sentence sentence, Mentions mentions, SentenceContext? previous, TriggerIndex triggers, SentenceBuffers buffers, ReadOnlySpan<WordToken> scanWords)
    {
        if (count == contexts.Count)
        {
            var made = new SentenceContext(document, sentence, mentions, previous, triggers, buffers, scanWords);
            contexts.Add(made);
            count++;
            return made;
        }

        var context = contexts[count++];
        context.Load(document, sentence, mentions, previous, triggers, buffers, scanWords);
        return context;
    }

    /// <summary>Gives the contexts back to the thread; those handed out must no longer be read.</summary>
    public void Dispose()
    {
        count = 0;
        if (contexts.Count <= MaxKept)
        {
            t_kept = this;
        }
    }
}
