using ClaimTracker.Claims.Extraction;
using ClaimTracker.Documents;
using ClaimTracker.Text;

namespace ClaimTracker.Evaluation;

/// <summary>
/// Measures the claim modality rules (<c>Claims/Extraction/modality.json</c>) as a hedge detector: a sentence counts as
/// uncertain when any reported, predicted or hypothetical cue occurs in it, as it would make a claim spanning the
/// sentence non-asserted.
/// </summary>
public static class HedgeEvaluator
{
    /// <summary>How many missed and false cues the report lists.</summary>
    public const int CuesListed = 25;

    /// <summary>Runs the modality rules over every sentence of <paramref name="corpus"/>.</summary>
    /// <param name="corpus">The hedge corpus.</param>
    public static HedgeReport Evaluate(HedgeCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        return Evaluate(corpus, ModalityDetector.Default);
    }

    internal static HedgeReport Evaluate(HedgeCorpus corpus, ModalityDetector detector)
    {
        int predicted = 0, gold = 0, matched = 0;
        var missed = new Dictionary<string, int>(StringComparer.Ordinal);
        var falseCues = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in corpus.Sentences)
        {
            var words = Tokenizer.Tokenize(sentence.Text, new TextSpan(0, sentence.Text.Length))
                .Select(t => t.Span.Slice(sentence.Text).ToLowerInvariant())
                .ToArray();
            var found = detector.FindCues(words).Select(c => string.Join(' ', words, c.Start, c.Length)).Distinct(StringComparer.Ordinal).ToArray();
            predicted += found.Length > 0 ? 1 : 0;
            gold += sentence.IsUncertain ? 1 : 0;
            matched += found.Length > 0 && sentence.IsUncertain ? 1 : 0;
            var wrong = !sentence.IsUncertain ? found : found.Length == 0 ? sentence.Cues.Distinct(StringComparer.Ordinal) : [];
            var counts = sentence.IsUncertain ? missed : falseCues;
            foreach (var cue in wrong)
            {
                counts[cue] = counts.GetValueOrDefault(cue) + 1;
            }
        }

        return new HedgeReport(corpus.Path, corpus.Sentences.Count, new PrecisionRecall(predicted, gold, matched), Top(missed), Top(falseCues));
    }

    private static CueCount[] Top(Dictionary<string, int> counts) => counts
        .OrderByDescending(c => c.Value)
        .ThenBy(c => c.Key, StringComparer.Ordinal)
        .Take(CuesListed)
        .Select(c => new CueCount(c.Key, c.Value))
        .ToArray();
}
