using ClaimTracker.Scoring.Training;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace ClaimTracker.Scoring.Compiled;

/// <summary>
/// Builds a <see cref="CompiledTextModel"/> from a loaded ML.NET model through its public API only: the n-grams from
/// the feature vector's slot names, the weights, bias and Platt calibrator from the predictor. The featurizer's idf
/// weights are not exposed, so they are measured: probe texts that together contain every n-gram are run through the
/// model's own featurizer, and each slot's weight relative to an anchor n-gram present in every probe gives its
/// document frequency, from which the idf is recomputed exactly as ML.NET computed it. The result is then checked
/// bit for bit against ML.NET on every probe; on any difference there is no compiled model and ML.NET scores alone.
/// </summary>
internal static class ModelCompiler
{
    private const string FeaturesColumn = "Features";
    private const int SegmentsPerProbe = 40;

    /// <summary>Relative weights closer than this to each other are one document frequency (they differ by float rounding alone).</summary>
    private const double SameWeight = 1e-5;

    public static CompiledTextModel? Compile(MLContext ml, ITransformer model)
    {
        if (!FloatKernels.MatchMachine
            || model is not TransformerChain<ITransformer> chain
            || chain.Count() != 2
            || chain.LastTransformer is not BinaryPredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>> predictor)
        {
            return null;
        }

        var featurizer = chain.First();
        var input = ml.Data.LoadFromEnumerable(Array.Empty<SentenceRow>()).Schema;
        var features = featurizer.GetOutputSchema(input).GetColumnOrNull(FeaturesColumn);
        if (features is null || features.Value.Annotations.Schema.GetColumnOrNull("SlotNames") is null)
        {
            return null;
        }

        VBuffer<ReadOnlyMemory<char>> slotNames = default;
        features.Value.GetSlotNames(ref slotNames);
        var vocabulary = NgramVocabulary.FromSlotNames(slotNames.DenseValues().Select(name => name.ToString()).ToArray());
        var weights = predictor.Model.SubModel.Weights.ToArray();
        if (vocabulary is null || weights.Length != vocabulary.Slots || vocabulary.CharSlots == 0 || vocabulary.WordSlots == 0)
        {
            return null;
        }

        var normalizer = new CharNormalizer(ml);
        var probes = Probes(vocabulary);
        if (probes is null)
        {
            return null;
        }

        var data = ml.Data.LoadFromEnumerable(probes.Select(text => SentenceRow.For(text, recognize: false)));
        var measured = featurizer.Transform(data).GetColumn<VBuffer<float>>(FeaturesColumn)
            .Select(vector => (Indices: vector.IsDense ? Enumerable.Range(0, vector.Length).ToArray() : vector.GetIndices().ToArray(), Values: vector.GetValues().ToArray()))
            .ToArray();
        var counted = new SparseFeatures();
        if (!Align(vocabulary, normalizer, probes, measured, counted))
        {
            return null;
        }

        var idf = MeasureIdf(vocabulary, normalizer, probes, measured, counted);
        if (idf is null || !Reproduces(vocabulary, normalizer, probes, measured, counted, idf))
        {
            return null;
        }

        var compiled = new CompiledTextModel(vocabulary, normalizer, idf, weights, predictor.Model.SubModel.Bias, predictor.Model.Calibrator);
        var expected = model.Transform(data).GetColumn<float>(nameof(SentencePrediction.Probability)).ToArray();
        for (var i = 0; i < probes.Length; i++)
        {
            if (!compiled.TryProbability(probes[i], out var probability) || BitConverter.SingleToInt32Bits(probability) != BitConverter.SingleToInt32Bits(expected[i]))
            {
                return null;
            }
        }

        return compiled;
    }

    /// <summary>
    /// Texts that together hold every n-gram of the vocabulary. Each holds the anchor word (a unigram whose leading
    /// trigram is also known) in its middle, starts with one n-gram that follows the start marker and ends with one
    /// that precedes the end marker.
    /// </summary>
    private static string[]? Probes(NgramVocabulary vocabulary)
    {
        var starts = new List<string>();
        var ends = new List<string>();
        var middles = new List<string>();
        string? anchor = null;
        foreach (var (text, slot) in vocabulary.Ngrams())
        {
            if (text.Length == 3 && text[0] == NgramVocabulary.TextStart)
            {
                if (text[2] != NgramVocabulary.TextEnd)
                {
                    starts.Add(text[1..]);
                }
            }
            else if (text.Length == 3 && text[2] == NgramVocabulary.TextEnd)
            {
                ends.Add(text[..2]);
            }
            else
            {
                middles.Add(text);
                if (anchor is null && slot >= vocabulary.CharSlots && text.Length >= 3 && text.All(char.IsAsciiLetterLower) && vocabulary.TrigramSlot(' ', text[0], text[1]) >= 0)
                {
                    anchor = text;
                }
            }
        }

        if (anchor is null)
        {
            return null;
        }

        var count = Math.Max(Math.Max(starts.Count, ends.Count), (middles.Count + SegmentsPerProbe - 1) / SegmentsPerProbe);
        var probes = new string[count];
        for (var i = 0; i < count; i++)
        {
            var segments = middles.Skip(i * SegmentsPerProbe).Take(SegmentsPerProbe).Prepend(anchor);
            probes[i] = (i < starts.Count ? starts[i] : "x") + " " + string.Join(' ', segments) + " " + (i < ends.Count ? ends[i] : "x");
        }

        return probes;
    }

    /// <summary>
    /// Whether every probe fills the same slots here as in ML.NET. A word slot filled here but not there was a token
    /// with '|' in it read as two words; it is forgotten and the probes counted again.
    /// </summary>
    private static bool Align(NgramVocabulary vocabulary, CharNormalizer normalizer, string[] probes, (int[] Indices, float[] Values)[] measured, SparseFeatures counted)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var misread = new HashSet<int>();
            for (var p = 0; p < probes.Length; p++)
            {
                if (!CompiledTextModel.TryCount(vocabulary, normalizer, probes[p], counted))
                {
                    return false;
                }

                var ours = counted.Indices.AsSpan(0, counted.Count);
                var theirs = measured[p].Indices;
                if (ours.SequenceEqual(theirs))
                {
                    continue;
                }

                var theirSet = theirs.ToHashSet();
                foreach (var slot in ours)
                {
                    if (!theirSet.Remove(slot))
                    {
                        misread.Add(slot);
                    }
                }

                // Theirs must not hold a slot ours lacks, and only word slots can be misread.
                if (theirs.Except(ours.ToArray()).Any() || misread.Any(slot => slot < vocabulary.CharSlots))
                {
                    return false;
                }
            }

            if (misread.Count == 0)
            {
                return true;
            }

            foreach (var slot in misread)
            {
                vocabulary.Forget(slot);
            }
        }

        return false;
    }

    /// <summary>
    /// Each slot's weight per occurrence relative to the anchor's in the same probe, then the idf behind it: all 1 for
    /// term frequency; for tf-idf, ln(N / df) with N and each df whole numbers found from the ratios.
    /// Slots the probes never reach get NaN, and sentences with them go to ML.NET.
    /// </summary>
    private static double[]? MeasureIdf(NgramVocabulary vocabulary, CharNormalizer normalizer, string[] probes, (int[] Indices, float[] Values)[] measured, SparseFeatures counted)
    {
        var relative = new double[vocabulary.Slots];
        relative.AsSpan().Fill(double.NaN);
        var anchorWord = -1;
        var anchorChar = -1;
        for (var p = 0; p < probes.Length; p++)
        {
            CompiledTextModel.TryCount(vocabulary, normalizer, probes[p], counted);
            if (p == 0)
            {
                // The anchor is the slot of the first probe present in all: its weight is the unit.
                anchorChar = Enumerable.Range(0, counted.CharCount).Select(i => counted.Indices[i]).FirstOrDefault(slot => measured.All(m => Array.BinarySearch(m.Indices, slot) >= 0), -1);
                anchorWord = Enumerable.Range(counted.CharCount, counted.Count - counted.CharCount).Select(i => counted.Indices[i]).FirstOrDefault(slot => measured.All(m => Array.BinarySearch(m.Indices, slot) >= 0), -1);
                if (anchorChar < 0 || anchorWord < 0)
                {
                    return null;
                }
            }

            var values = measured[p].Values;
            var charUnit = PerOccurrence(counted, values, anchorChar);
            var wordUnit = PerOccurrence(counted, values, anchorWord);
            for (var i = 0; i < counted.Count; i++)
            {
                relative[counted.Indices[i]] = values[i] / (double)counted.Counts[i] / (i < counted.CharCount ? charUnit : wordUnit);
            }
        }

        var known = relative.Where(r => !double.IsNaN(r)).ToArray();
        if (known.Length == 0 || known.Any(r => r < 0))
        {
            return null;
        }

        if (known.All(r => Math.Abs(r - 1) < SameWeight))
        {
            return relative.Select(r => double.IsNaN(r) ? double.NaN : 1.0).ToArray();
        }

        var charIdf = Idf(relative.AsSpan(0, vocabulary.CharSlots));
        var wordIdf = Idf(relative.AsSpan(vocabulary.CharSlots));
        return charIdf is null || wordIdf is null ? null : [.. charIdf, .. wordIdf];
    }

    private static double PerOccurrence(SparseFeatures counted, float[] values, int slot)
    {
        var i = Array.BinarySearch(counted.Indices, 0, counted.Count, slot);
        return values[i] / (double)counted.Counts[i];
    }

    /// <summary>
    /// The idf of each slot of one part from weights known up to a common factor. Rarest n-grams (df = 1) weigh
    /// ln N and the next level (df = 2) ln(N / 2), so their ratio gives N; every weight then gives its df.
    /// </summary>
    private static double[]? Idf(ReadOnlySpan<double> relative)
    {
        var top = double.NegativeInfinity;
        foreach (var r in relative)
        {
            top = double.IsNaN(r) ? top : Math.Max(top, r);
        }

        var second = double.NegativeInfinity;
        foreach (var r in relative)
        {
            second = double.IsNaN(r) || r > top * (1 - SameWeight) ? second : Math.Max(second, r);
        }

        if (double.IsNegativeInfinity(second))
        {
            return null;
        }

        var documents = Math.Round(Math.Exp(Math.Log(2) / (1 - (second / top))));
        var logDocuments = Math.Log(documents);
        var idf = new double[relative.Length];
        for (var i = 0; i < relative.Length; i++)
        {
            if (double.IsNaN(relative[i]))
            {
                idf[i] = double.NaN;
                continue;
            }

            var frequency = documents * Math.Exp(-relative[i] / top * logDocuments);
            var whole = Math.Round(frequency);
            if (whole < 1 || whole > documents || Math.Abs(frequency - whole) > 0.1)
            {
                return null;
            }

            // As ML.NET computes it: the document count (a long) over the frequency (a double).
            idf[i] = Math.Log(documents / whole);
        }

        return idf;
    }

    /// <summary>Whether the features computed here equal ML.NET's, bit for bit, on every probe.</summary>
    private static bool Reproduces(NgramVocabulary vocabulary, CharNormalizer normalizer, string[] probes, (int[] Indices, float[] Values)[] measured, SparseFeatures counted, double[] idf)
    {
        for (var p = 0; p < probes.Length; p++)
        {
            CompiledTextModel.TryCount(vocabulary, normalizer, probes[p], counted);
            CompiledTextModel.Weigh(counted, idf);
            var ours = counted.Values.AsSpan(0, counted.Count);
            var theirs = measured[p].Values;
            for (var i = 0; i < ours.Length; i++)
            {
                if (BitConverter.SingleToInt32Bits(ours[i]) != BitConverter.SingleToInt32Bits(theirs[i]))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
