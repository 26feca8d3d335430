using System.Collections.Concurrent;
using ClaimTracker.Scoring.Compiled;
using ClaimTracker.Scoring.Training;
using Microsoft.ML;

namespace ClaimTracker.Scoring;

/// <summary>
/// A trained ML.NET sentence classifier. One sentence at a time is scored by the model compiled from it
/// (<see cref="CompiledTextModel"/>: the same probability, bit for bit, without ML.NET's per-row machinery), or by
/// ML.NET where the compiled model declines the sentence or could not be built. ML.NET's prediction engines are not
/// thread-safe, so each such call borrows one from a small pool and returns it: many threads score at once without
/// locking one another.
/// </summary>
internal sealed class BinaryTextModel
{
    private readonly MLContext _ml;
    private readonly ConcurrentBag<PredictionEngine<SentenceRow, SentencePrediction>> _engines = [];
    private readonly Lazy<CompiledTextModel?> _compiled;

    public BinaryTextModel(MLContext ml, ITransformer transformer, bool usesRecognizedFeatures)
    {
        _ml = ml;
        Transformer = transformer;
        UsesRecognizedFeatures = usesRecognizedFeatures;

        // Compiled on the first single-sentence call, so training, which scores in batches, never pays for it.
        _compiled = new(() => usesRecognizedFeatures ? null : ModelCompiler.Compile(ml, transformer));
    }

    public ITransformer Transformer { get; }

    /// <summary>Whether the model reads <see cref="SentenceRow.Recognized"/>, so scoring must run the recognizers first.</summary>
    public bool UsesRecognizedFeatures { get; }

    public static BinaryTextModel Load(Stream zip)
    {
        var ml = new MLContext(SentenceModelTrainer.Seed);
        var transformer = ml.Model.Load(zip, out var input);
        return new BinaryTextModel(ml, transformer, input?.GetColumnOrNull(RecognizedFeatures.Column) is not null);
    }

    public void Save(string path)
    {
        // The input schema is saved only when the model reads the recognizer features: its presence tells Load that they are needed.
        var input = UsesRecognizedFeatures ? _ml.Data.LoadFromEnumerable(Array.Empty<SentenceRow>()).Schema : null;
        using var file = File.Create(path);
        _ml.Model.Save(Transformer, input, file);
    }

    /// <summary>The probability of the positive class for <paramref name="text"/>, from 0 to 1.</summary>
    public double Probability(string text)
    {
        if (_compiled.Value is { } compiled && compiled.TryProbability(text, out var compiledProbability))
        {
            return Rounded(compiledProbability);
        }

        return Rounded(MlNetProbability(text));
    }

    /// <summary>Whether single sentences are scored by the compiled model (which still hands rare sentences to ML.NET).</summary>
    internal bool IsCompiled => _compiled.Value is not null;

    /// <summary>Whether the compiled model scores <paramref name="text"/> itself, and the unrounded probability it gives.</summary>
    internal bool TryCompiledProbability(string text, out float probability)
    {
        probability = 0;
        return _compiled.Value is { } compiled && compiled.TryProbability(text, out probability);
    }

    /// <summary>The unrounded probability through ML.NET's own pipeline.</summary>
    internal float MlNetProbability(string text)
    {
        if (!_engines.TryTake(out var engine))
        {
            engine = _ml.Model.CreatePredictionEngine<SentenceRow, SentencePrediction>(Transformer);
        }

        try
        {
            return engine.Predict(SentenceRow.For(text, UsesRecognizedFeatures)).Probability;
        }
        finally
        {
            _engines.Add(engine);
        }
    }

    /// <summary>Probabilities for many sentences in one pass over the pipeline (faster than one call each).</summary>
    public IReadOnlyList<double> Probabilities(IReadOnlyList<string> texts)
    {
        var data = _ml.Data.LoadFromEnumerable(texts.Select(text => SentenceRow.For(text, UsesRecognizedFeatures)));
        return _ml.Data.CreateEnumerable<SentencePrediction>(Transformer.Transform(data), reuseRowObject: false)
            .Select(row => Rounded(row.Probability))
            .ToArray();
    }

    private static double Rounded(float probability) => float.IsNaN(probability) ? 0 : Math.Round(probability, 4);
}
