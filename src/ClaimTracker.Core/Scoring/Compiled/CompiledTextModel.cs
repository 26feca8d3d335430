using Microsoft.ML.Calibrators;

namespace ClaimTracker.Scoring.Compiled;

/// <summary>
/// A loaded ML.NET text classifier (FeaturizeText, then a calibrated linear model) evaluated by our own code: the
/// sentence is normalized, cut into the model's n-grams, weighted, normalized and dotted with the model's weights in
/// exactly ML.NET's float arithmetic, so the probability is ML.NET's to the last bit at a fraction of the cost of
/// ML.NET's per-row machinery. Sentences it cannot vouch for (rare characters, extreme lengths) it declines, and
/// <see cref="BinaryTextModel"/> scores them through ML.NET. Built by <see cref="ModelCompiler"/>; thread-safe.
/// </summary>
internal sealed class CompiledTextModel
{
    [ThreadStatic]
    private static SparseFeatures? t_features;

    private readonly NgramVocabulary _vocabulary;
    private readonly CharNormalizer _normalizer;
    // Each slot's idf and weight side by side: a sentence's word slots are scattered over the whole table, and one
    // cache line then serves both.
    private readonly SlotWeight[] _slotWeights;
    private readonly float _bias;
    private readonly PlattCalibrator _calibrator;

    public CompiledTextModel(NgramVocabulary vocabulary, CharNormalizer normalizer, double[] idf, float[] weights, float bias, PlattCalibrator calibrator)
    {
        _vocabulary = vocabulary;
        _normalizer = normalizer;
        _slotWeights = new SlotWeight[weights.Length];
        for (var slot = 0; slot < weights.Length; slot++)
        {
            _slotWeights[slot] = new SlotWeight(idf[slot], weights[slot]);
        }
        _bias = bias;
        _calibrator = calibrator;
    }

    public NgramVocabulary Vocabulary => _vocabulary;

    /// <summary>Counts the n-grams of <paramref name="text"/> into <paramref name="features"/>: whether the model can score it.</summary>
    internal bool TryCount(ReadOnlySpan<char> text, SparseFeatures features, bool pairsByWordSlots) =>
        TryCount(_vocabulary, _normalizer, text, features, pairsByWordSlots);

    /// <summary>The calibrated probability ML.NET gives <paramref name="text"/>, unless this model declines the text.</summary>
    public bool TryProbability(ReadOnlySpan<char> text, out float probability)
    {
        var features = t_features ??= new SparseFeatures();
        if (!TryCount(_vocabulary, _normalizer, text, features) || !TryWeigh(features))
        {
            probability = 0;
            return false;
        }

        var score = _bias + FloatKernels.SparseDot(features.Weights.AsSpan(0, features.Count), features.Values.AsSpan(0, features.Count));
        probability = _calibrator.PredictProbability(score);
        return true;
    }

    /// <summary>
    /// Counts the n-grams of <paramref name="text"/> as ML.NET's featurizer does: normalized text, char trigrams over
    /// it between start and end markers, word unigrams and bigrams over its space-separated tokens. Word pairs are
    /// found by their words' slots when the vocabulary allows, unless <c>pairsByWordSlots</c> is off (to test that
    /// both ways find the same).
    /// </summary>
    internal static bool TryCount(NgramVocabulary vocabulary, CharNormalizer normalizer, ReadOnlySpan<char> text, SparseFeatures features, bool pairsByWordSlots = true)
    {
        features.Reset(vocabulary.Slots, text.Length + 2);
        var buffer = features.Text;
        buffer[0] = NgramVocabulary.TextStart;
        var length = normalizer.Normalize(text, buffer.AsSpan(1));
        var normalized = buffer.AsSpan(1, length);
        buffer[length + 1] = NgramVocabulary.TextEnd;

        // One character gives a lone trigram, whose weight the compiler cannot measure; n-grams over names ML.NET
        // spells differently would not be found here, nor those whose slot name with '|' could not be read.
        var plain = length >= 2;
        var bars = false;
        foreach (var c in normalized)
        {
            plain &= NgramVocabulary.IsPlain(c);
            bars |= c == '|';
        }

        if (!plain || (bars && vocabulary.SpellsUnresolved(normalized)))
        {
            return false;
        }

        for (var i = 0; i + 3 <= length + 2; i++)
        {
            var slot = vocabulary.TrigramSlot(buffer[i], buffer[i + 1], buffer[i + 2]);
            if (slot >= 0)
            {
                features.Add(slot);
            }
        }

        var byWordSlots = pairsByWordSlots && vocabulary.PairsByWordSlots;
        var previous = Range.All;
        var previousSlot = -1;
        var hasPrevious = false;
        foreach (var range in normalized.Split(' '))
        {
            var token = normalized[range];
            if (token.IsEmpty)
            {
                continue;
            }

            var slot = vocabulary.WordSlot(token);
            if (slot >= 0)
            {
                features.Add(slot);
            }

            if (hasPrevious)
            {
                // A pair whose words are not both known is not in the vocabulary: no need to hash the two words again.
                var pair = !byWordSlots ? vocabulary.WordSlot(normalized[previous], token)
                    : previousSlot >= 0 && slot >= 0 ? vocabulary.PairSlot(previousSlot, slot)
                    : -1;
                if (pair >= 0)
                {
                    features.Add(pair);
                }
            }

            previous = range;
            previousSlot = slot;
            hasPrevious = true;
        }

        features.Seal(vocabulary.CharSlots);

        // ML.NET's buffer builder turns a part's vector dense once about half its slots are filled (distinct slots:
        // repeats are summed into one entry), and a dense vector is summed in another order.
        return features.CharCount < (vocabulary.CharSlots / 2) - 2 && features.Count - features.CharCount < (vocabulary.WordSlots / 2) - 2;
    }

    /// <summary>
    /// Weights the counts as ML.NET does (count times idf, rounded to float) and L2-normalizes the char and word parts
    /// separately; <paramref name="idf"/> holds each filled slot's idf, index-aligned with <paramref name="counts"/>.
    /// </summary>
    internal static void Weigh(ReadOnlySpan<int> counts, ReadOnlySpan<double> idf, int charCount, Span<float> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = (float)(counts[i] * idf[i]);
        }

        Normalize(values[..charCount]);
        Normalize(values[charCount..]);
    }

    private static void Normalize(Span<float> values)
    {
        if (values.IsEmpty)
        {
            return;
        }

        var divisor = (float)Math.Sqrt(FloatKernels.SumOfSquares(values));
        var scale = 1f;
        if (divisor > 0)
        {
            scale /= divisor;
        }

        if (scale < 1e-8f)
        {
            scale = 1f;
        }

        foreach (ref var value in values)
        {
            value *= scale;
        }
    }

    /// <summary>Gathers each filled slot's idf and weight, and weighs the counts: false when a slot's idf is unknown.</summary>
    private bool TryWeigh(SparseFeatures features)
    {
        var count = features.Count;
        var indices = features.Indices;
        var idf = features.Idf;
        var weights = features.Weights;
        for (var i = 0; i < count; i++)
        {
            var slot = _slotWeights[indices[i]];
            if (double.IsNaN(slot.Idf))
            {
                return false;
            }

            idf[i] = slot.Idf;
            weights[i] = slot.Weight;
        }

        Weigh(features.Counts.AsSpan(0, count), idf.AsSpan(0, count), features.CharCount, features.Values.AsSpan(0, count));
        return true;
    }

    private readonly record struct SlotWeight(double Idf, float Weight);
}
