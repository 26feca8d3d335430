using System.Text;
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
/// model, and each slot's weight relative to an anchor n-gram present in every probe gives its document frequency,
/// from which the idf is recomputed exactly as ML.NET computed it. The result is then checked bit for bit against
/// ML.NET's features and probability on every probe; on any difference there is no compiled model and ML.NET scores alone.
/// </summary>
internal static class ModelCompiler
{
    private const string FeaturesColumn = "Features";

    /// <summary>Probe texts stop growing past this length: long enough to need few rows, short enough to stay sparse.</summary>
    private const int ProbeLength = 800;

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

        var input = ml.Data.LoadFromEnumerable(Array.Empty<SentenceRow>()).Schema;
        var features = chain.First().GetOutputSchema(input).GetColumnOrNull(FeaturesColumn);
        if (features is null || features.Value.Annotations.Schema.GetColumnOrNull("SlotNames") is null)
        {
            return null;
        }

        VBuffer<ReadOnlyMemory<char>> slotNames = default;
        features.Value.GetSlotNames(ref slotNames);
        var names = slotNames.DenseValues().Select(name => name.ToString()).ToArray();
        var vocabulary = NgramVocabulary.FromSlotNames(names, Resolve(ml, model, NgramVocabulary.Ambiguous(names)));
        var weights = predictor.Model.SubModel.Weights.ToArray();
        if (vocabulary is null || weights.Length != vocabulary.Slots || vocabulary.CharSlots == 0 || vocabulary.WordSlots == 0)
        {
            return null;
        }

        var normalizer = new CharNormalizer(ml);
        var texts = ProbeTexts(vocabulary, normalizer);
        if (texts is null)
        {
            return null;
        }

        var measured = Measure(ml, model, texts);
        var counted = Align(vocabulary, normalizer, texts, measured);
        var idf = counted is null ? null : MeasureIdf(vocabulary.Slots, vocabulary.CharSlots, counted, measured);
        if (idf is null || !Reproduces(counted!, measured, idf))
        {
            return null;
        }

        var compiled = new CompiledTextModel(vocabulary, normalizer, idf, weights, predictor.Model.SubModel.Bias, predictor.Model.Calibrator);
        for (var i = 0; i < texts.Count; i++)
        {
            if (!compiled.TryProbability(texts[i], out var probability) || BitConverter.SingleToInt32Bits(probability) != BitConverter.SingleToInt32Bits(measured[i].Probability))
            {
                return null;
            }
        }

        return compiled;
    }

    /// <summary>
    /// Which reading of each ambiguous word name is the n-gram of its slot, asked of ML.NET: each reading alone as a
    /// text ("a |b" for the pair, "a||b" for the token) fills the slot exactly when it is that slot's n-gram, since no
    /// other n-gram of such a text has that name. Null where no reading, or more than one, fills it.
    /// </summary>
    private static Dictionary<int, string?> Resolve(MLContext ml, ITransformer model, IReadOnlyList<(int Slot, string[] Readings)> ambiguous)
    {
        var readings = new Dictionary<int, string?>();
        if (ambiguous.Count == 0)
        {
            return readings;
        }

        var texts = ambiguous.SelectMany(name => name.Readings).ToList();
        var measured = Measure(ml, model, texts);
        var row = 0;
        foreach (var (slot, candidates) in ambiguous)
        {
            var filling = candidates.Where((_, i) => Array.BinarySearch(measured[row + i].Indices, slot) >= 0).ToArray();
            readings[slot] = filling is [var only] ? only : null;
            row += candidates.Length;
        }

        return readings;
    }

    /// <summary>
    /// Texts that together hold every n-gram of the vocabulary, as few characters as is simple: word bigrams chained
    /// into runs ("a b" and "b c" as "a b c"), then the words and trigrams those runs miss. Each text holds the anchor
    /// word (a unigram whose leading trigram is also known), starts with one n-gram that follows the start marker and
    /// ends with one that precedes the end marker.
    /// </summary>
    private static List<string>? ProbeTexts(NgramVocabulary vocabulary, CharNormalizer normalizer)
    {
        var starts = new List<string>();
        var ends = new List<string>();
        var trigrams = new List<(string Text, int Slot)>();
        var unigrams = new List<string>();
        var followers = new Dictionary<string, Stack<string>>(StringComparer.Ordinal);
        string? anchor = null;
        foreach (var (text, slot) in vocabulary.Ngrams())
        {
            if (slot < vocabulary.CharSlots)
            {
                if (text[0] == NgramVocabulary.TextStart)
                {
                    if (text[2] != NgramVocabulary.TextEnd)
                    {
                        starts.Add(text[1..]);
                    }
                }
                else if (text[2] == NgramVocabulary.TextEnd)
                {
                    ends.Add(text[..2]);
                }
                else
                {
                    trigrams.Add((text, slot));
                }
            }
            else if (text.IndexOf(' ', StringComparison.Ordinal) is var space and > 0)
            {
                var first = text[..space];
                if (!followers.TryGetValue(first, out var next))
                {
                    followers[first] = next = new Stack<string>();
                }

                next.Push(text[(space + 1)..]);
            }
            else
            {
                unigrams.Add(text);
                if (anchor is null && text.Length >= 3 && text.All(char.IsAsciiLetterLower) && vocabulary.TrigramSlot(' ', text[0], text[1]) >= 0)
                {
                    anchor = text;
                }
            }
        }

        if (anchor is null)
        {
            return null;
        }

        var segments = new List<string>();
        var inRuns = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (first, next) in followers)
        {
            while (next.Count > 0)
            {
                var run = new StringBuilder(first);
                inRuns.Add(first);
                for (var word = first; followers.TryGetValue(word, out var after) && after.Count > 0;)
                {
                    word = after.Pop();
                    run.Append(' ').Append(word);
                    inRuns.Add(word);
                }

                segments.Add(run.ToString());
            }
        }

        segments.AddRange(unigrams.Where(word => !inRuns.Contains(word)));
        var texts = Pack(segments, anchor, starts, ends);

        // The trigrams no text holds yet get texts of their own.
        var covered = new HashSet<int>();
        var features = new SparseFeatures();
        foreach (var text in texts)
        {
            CompiledTextModel.TryCount(vocabulary, normalizer, text, features);
            covered.UnionWith(features.Indices.Take(features.Count));
        }

        texts.AddRange(Pack(trigrams.Where(t => !covered.Contains(t.Slot)).Select(t => t.Text).ToList(), anchor, [], []));
        return texts;
    }

    private static List<string> Pack(List<string> segments, string anchor, List<string> starts, List<string> ends)
    {
        var texts = new List<string>();
        var next = 0;
        for (var i = 0; next < segments.Count || i < starts.Count || i < ends.Count; i++)
        {
            var text = new StringBuilder(i < starts.Count ? starts[i] : "x").Append(' ').Append(anchor);
            while (next < segments.Count && text.Length < ProbeLength)
            {
                text.Append(' ').Append(segments[next++]);
            }

            texts.Add(text.Append(' ').Append(i < ends.Count ? ends[i] : "x").ToString());
        }

        return texts;
    }

    /// <summary>ML.NET's features and probability for every text, in one pass through the whole model.</summary>
    private static (int[] Indices, float[] Values, float Probability)[] Measure(MLContext ml, ITransformer model, List<string> texts)
    {
        var scored = model.Transform(ml.Data.LoadFromEnumerable(texts.Select(text => SentenceRow.For(text, recognize: false))));
        var measured = new (int[] Indices, float[] Values, float Probability)[texts.Count];
        var featuresColumn = scored.Schema[FeaturesColumn];
        var probabilityColumn = scored.Schema[nameof(SentencePrediction.Probability)];
        using var cursor = scored.GetRowCursor([featuresColumn, probabilityColumn]);
        var getFeatures = cursor.GetGetter<VBuffer<float>>(featuresColumn);
        var getProbability = cursor.GetGetter<float>(probabilityColumn);
        VBuffer<float> vector = default;
        var probability = 0f;
        for (var row = 0; cursor.MoveNext(); row++)
        {
            getFeatures(ref vector);
            getProbability(ref probability);
            measured[row] = (vector.IsDense ? Enumerable.Range(0, vector.Length).ToArray() : vector.GetIndices().ToArray(), vector.GetValues().ToArray(), probability);
        }

        return measured;
    }

    /// <summary>
    /// The n-grams counted here in every probe, provided they fill the same slots as in ML.NET. A word slot filled
    /// here but not there was a token with '|' in it read as two words: it is forgotten and the probes counted again.
    /// </summary>
    private static Counted[]? Align(NgramVocabulary vocabulary, CharNormalizer normalizer, List<string> texts, (int[] Indices, float[] Values, float Probability)[] measured)
    {
        var features = new SparseFeatures();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var counted = new Counted[texts.Count];
            var misread = new HashSet<int>();
            for (var p = 0; p < texts.Count; p++)
            {
                if (!CompiledTextModel.TryCount(vocabulary, normalizer, texts[p], features))
                {
                    return null;
                }

                counted[p] = new Counted(features.Indices[..features.Count], features.Counts[..features.Count], features.CharCount);
                var theirs = measured[p].Indices;
                if (counted[p].Indices.AsSpan().SequenceEqual(theirs))
                {
                    continue;
                }

                var ours = counted[p].Indices.Except(theirs).ToArray();

                // Theirs must not hold a slot ours lacks, and only word slots can be misread.
                if (theirs.Except(counted[p].Indices).Any() || ours.Any(slot => slot < vocabulary.CharSlots))
                {
                    return null;
                }

                misread.UnionWith(ours);
            }

            if (misread.Count == 0)
            {
                return counted;
            }

            foreach (var slot in misread)
            {
                vocabulary.Forget(slot);
            }
        }

        return null;
    }

    /// <summary>
    /// Each slot's weight per occurrence relative to the anchor's in the same probe, then the idf behind it: all 1 for
    /// term frequency; for tf-idf, ln(N / df) with N and each df whole numbers found from the ratios.
    /// Slots the probes never reach get NaN, and sentences with them go to ML.NET.
    /// </summary>
    private static double[]? MeasureIdf(int slots, int charSlots, Counted[] counted, (int[] Indices, float[] Values, float Probability)[] measured)
    {
        // The anchors are the first char and word slots present in every probe: their weights are the units.
        var everywhere = counted.Skip(1).Aggregate(new HashSet<int>(counted[0].Indices), (set, probe) => { set.IntersectWith(probe.Indices); return set; });
        var anchorChar = everywhere.Where(slot => slot < charSlots).DefaultIfEmpty(-1).Min();
        var anchorWord = everywhere.Where(slot => slot >= charSlots).DefaultIfEmpty(-1).Min();
        if (anchorChar < 0 || anchorWord < 0)
        {
            return null;
        }

        var relative = new double[slots];
        relative.AsSpan().Fill(double.NaN);
        for (var p = 0; p < counted.Length; p++)
        {
            var (indices, counts, charCount) = counted[p];
            var values = measured[p].Values;
            var charUnit = PerOccurrence(counted[p], values, anchorChar);
            var wordUnit = PerOccurrence(counted[p], values, anchorWord);
            for (var i = 0; i < indices.Length; i++)
            {
                relative[indices[i]] = values[i] / (double)counts[i] / (i < charCount ? charUnit : wordUnit);
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

        var charIdf = Idf(relative.AsSpan(0, charSlots));
        var wordIdf = Idf(relative.AsSpan(charSlots));
        return charIdf is null || wordIdf is null ? null : [.. charIdf, .. wordIdf];
    }

    private static double PerOccurrence(Counted probe, float[] values, int slot)
    {
        var i = Array.BinarySearch(probe.Indices, slot);
        return values[i] / (double)probe.Counts[i];
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
    private static bool Reproduces(Counted[] counted, (int[] Indices, float[] Values, float Probability)[] measured, double[] idf)
    {
        for (var p = 0; p < counted.Length; p++)
        {
            var ours = new float[counted[p].Indices.Length];
            CompiledTextModel.Weigh(counted[p].Counts, counted[p].Indices.Select(slot => idf[slot]).ToArray(), counted[p].CharCount, ours);
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

    /// <summary>One probe's n-grams as counted here: slots in order, occurrences of each, and how many are char slots.</summary>
    private sealed record Counted(int[] Indices, int[] Counts, int CharCount);
}
