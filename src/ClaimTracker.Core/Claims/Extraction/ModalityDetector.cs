using ClaimTracker.Text;

namespace ClaimTracker.Claims.Extraction;

/// <summary>
/// Decides how firmly a claim is put from the cue words of its clause. A forecast or condition that governs the quote
/// ("will continue to deny", "would likely lead to casualties") wins over a hedge; a hedge anywhere in the sentence
/// ("reportedly", "according to") makes the claim reported; otherwise it is asserted.
/// </summary>
internal sealed class ModalityDetector
{
    private readonly CueLexicon cues;
    private readonly Func<SentenceContext, (int Start, Modality Modality)[]> cuesOf;

    public ModalityDetector(CueLexicon cues)
    {
        this.cues = cues;
        cuesOf = CuesOf;
    }

    public static ModalityDetector Default { get; } = new(CueLexicon.Default);

    public Modality Detect(SentenceContext sentence, Documents.TextSpan quote)
    {
        var quoteStart = sentence.TokenAt(quote.Start);
        var quoteEnd = Math.Max(quoteStart, sentence.TokenAt(quote.End - 1) + 1);
        var clauseStart = ClauseStart(sentence, quoteStart);
        var reported = false;
        // The cues are found once per sentence: a sentence often yields several claims, each asking.
        foreach (var (start, modality) in sentence.Memo(cuesOf))
        {
            var governsQuote = start >= clauseStart && start < quoteEnd;
            if (modality is Modality.Predicted or Modality.Hypothetical && governsQuote)
            {
                return modality;
            }

            reported |= modality == Modality.Reported;
        }

        return reported ? Modality.Reported : Modality.Asserted;
    }

    /// <summary>Every modality cue in <paramref name="words"/> (lower-cased tokens), left to right, longest match first.</summary>
    public PhraseSet<Modality>.Matches FindCues(IReadOnlyList<string> words) => cues.Modality.FindAll(words, 0, words.Count);

    private (int Start, Modality Modality)[] CuesOf(SentenceContext sentence)
    {
        List<(int Start, Modality Modality)>? found = null;
        foreach (var (start, _, modality) in FindCues(sentence.Words))
        {
            (found ??= []).Add((start, modality));
        }

        return found is null ? [] : [.. found];
    }

    /// <summary>The first token of the clause holding <paramref name="index"/>: after the last ';', ':', dash or "but" before it.</summary>
    private static int ClauseStart(SentenceContext sentence, int index)
    {
        for (var i = Math.Min(index, sentence.Words.Count) - 1; i >= 0; i--)
        {
            if (sentence.Words[i] is ";" or ":" or "—" or "–" or "but" or "while" or "whereas")
            {
                return i + 1;
            }
        }

        return 0;
    }
}
