using ClaimTracker.Documents;
using ClaimTracker.Text;

namespace ClaimTracker.Claims.Extraction;

/// <summary>
/// Decides how firmly a claim is put from the cue words of its clause. A forecast or condition that governs the quote
/// ("will continue to deny", "would likely lead to casualties") wins over a hedge; a hedge anywhere in the sentence
/// ("reportedly", "according to") makes the claim reported; otherwise it is asserted.
/// </summary>
/// <param name="cues">The cue words.</param>
/// <param name="reuseSentenceCues">Whether the cues found for a sentence are kept for the next claim of the same
/// sentence, which the pipeline completes one after another; the result is the same either way, which tests check by
/// turning it off.</param>
internal sealed class ModalityDetector(CueLexicon cues, bool reuseSentenceCues = true)
{
    // Per thread, the cues of the last sentence asked about, known by the detector and the sentence's text and span
    // (its words follow from them).
    [ThreadStatic]
    private static List<(int Start, Modality Modality)>? sentenceCues;

    [ThreadStatic]
    private static ModalityDetector? cuesDetector;

    [ThreadStatic]
    private static string? cuesText;

    [ThreadStatic]
    private static TextSpan cuesSpan;

    public static ModalityDetector Default { get; } = new(CueLexicon.Default);

    public Modality Detect(SentenceContext sentence, TextSpan quote)
    {
        var quoteStart = sentence.TokenAt(quote.Start);
        var quoteEnd = Math.Max(quoteStart, sentence.TokenAt(quote.End - 1) + 1);
        var clauseStart = ClauseStart(sentence, quoteStart);
        var reported = false;
        var found = CuesOf(sentence);
        for (var c = 0; c < found.Count; c++)
        {
            var (start, modality) = found[c];
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

    /// <summary>The sentence's cues: a sentence often yields several claims, and each would scan it again.</summary>
    private List<(int Start, Modality Modality)> CuesOf(SentenceContext sentence)
    {
        var text = sentence.Document.Text;
        var span = sentence.Sentence.Span;
        var found = sentenceCues ??= [];
        if (reuseSentenceCues && ReferenceEquals(cuesDetector, this) && ReferenceEquals(cuesText, text) && cuesSpan == span)
        {
            return found;
        }

        found.Clear();
        foreach (var (start, _, modality) in FindCues(sentence.Words))
        {
            found.Add((start, modality));
        }

        cuesDetector = this;
        cuesText = text;
        cuesSpan = span;
        return found;
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
