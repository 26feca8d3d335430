using System.Collections.Concurrent;
using ClaimTracker.Scoring.Compiled;
using ClaimTracker.Scoring.Training;
using Microsoft.ML;

namespace ClaimTracker.Scoring;

/// <summary>
/// A trained ML.NET sentence classifier. Once a run has scored many sentences one at a time, they are scored by the
/// model compiled from it (<see cref="CompiledTextModel"/>: the same probability, bit for bit, at a fraction of
/// ML.NET's per-row cost); before that, and where the compiled model declines a sentence or could not be built, by
/// ML.NET. ML.NET's prediction engines are not thread-safe, so each such call borrows one from a small pool and
/// returns it: many threads score at once without locking one another.
/// </summary>
internal sealed class BinaryTextModel
{
    private readonly MLContext _ml;
    private readonly ConcurrentBag<PredictionEngine<SentenceRow, SentencePrediction>> _engines = [];
    private readonly Lazy<Task<CompiledTextModel?>> _compiling;
    private CompiledTextModel? _compiled;
    private int _scoredByMlNet;

    public BinaryTextModel(MLContext ml, ITransformer transformer, bool usesRecognizedFeatures)
    {
        _ml = ml;
        Transformer = transformer;
        UsesRecognizedFeatures = usesRecognizedFeatures;

        _compiling = new(() => Task.Run(() =>
        {
            var compiled = usesRecognizedFeatures ? null : ModelCompiler.Compile(ml, transformer);
            Volatile.Write(ref _compiled, compiled);
            return compiled;
        }));
    }

    /// <summary>
    /// Single-sentence ML.NET scorings after which the model is compiled, on another thread while ML.NET goes on
    /// scoring. Compiling costs 0.5-2 s of CPU (most of it warming up ML.NET's batch path), as much as tens of
    /// thousands of ML.NET scorings: short runs (a few articles, the gold evaluations) and training, which scores in
    /// batches, never pay for it; a long run pays it once, off its own thread.
    /// </summary>
    internal const int CompileAfter = 2_000;

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
        if (Volatile.Read(ref _compiled) is { } compiled)
        {
            if (compiled.TryProbability(text, out var compiledProbability))
            {
                return Rounded(compiledProbability);
            }
        }
        else if (Interlocked.Increment(ref _scoredByMlNet) == CompileAfter)
        {
            _ = _compiling.Value;
        }

        return Rounded(MlNetProbability(text));
    }

    /// <summary>Whether compiling has begun (or is done).</summary>
    internal bool CompileStarted => _compiling.IsValueCreated;

    /// <summary>Compiles the model now if it is not yet, and waits: whether there is a compiled model.</summary>
    internal bool Compile() => _compiling.Value.GetAwaiter().GetResult() is not null;

    /// <summary>The compiled model, compiled now if it is not yet, or null when the model cannot be compiled.</summary>
    internal CompiledTextModel? Compiled => Compile() ? _compiled : null;

    /// <summary>Whether the compiled model scores <paramref name="text"/> itself, and the unrounded probability it gives.</summary>
    internal bool TryCompiledProbability(string text, out float probability)
    {
        probability = 0;
        return Compile() && _compiled!.TryProbability(text, out probability);
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
