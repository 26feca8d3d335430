using System.Collections.Concurrent;
using ClaimTracker.Scoring.Training;
using Microsoft.ML;

namespace ClaimTracker.Scoring;

/// <summary>
/// A trained ML.NET sentence classifier. ML.NET's prediction engines are not thread-safe, so each call borrows one
/// from a small pool and returns it: many threads score at once without locking one another.
/// </summary>
internal sealed class BinaryTextModel
{
    private readonly MLContext _ml;
    private readonly ConcurrentBag<PredictionEngine<SentenceRow, SentencePrediction>> _engines = [];

    public BinaryTextModel(MLContext ml, ITransformer transformer)
    {
        _ml = ml;
        Transformer = transformer;
    }

    public ITransformer Transformer { get; }

    public static BinaryTextModel Load(Stream zip)
    {
        var ml = new MLContext(SentenceModelTrainer.Seed);
        return new BinaryTextModel(ml, ml.Model.Load(zip, out _));
    }

    public void Save(string path)
    {
        using var file = File.Create(path);
        _ml.Model.Save(Transformer, null, file);
    }

    /// <summary>The probability of the positive class for <paramref name="text"/>, from 0 to 1.</summary>
    public double Probability(string text)
    {
        if (!_engines.TryTake(out var engine))
        {
            engine = _ml.Model.CreatePredictionEngine<SentenceRow, SentencePrediction>(Transformer);
        }

        try
        {
            var probability = engine.Predict(new SentenceRow { Text = text }).Probability;
            return float.IsNaN(probability) ? 0 : Math.Round(probability, 4);
        }
        finally
        {
            _engines.Add(engine);
        }
    }

    /// <summary>Probabilities for many sentences in one pass over the pipeline (faster than one call each).</summary>
    public IReadOnlyList<double> Probabilities(IReadOnlyList<string> texts)
    {
        var data = _ml.Data.LoadFromEnumerable(texts.Select(text => new SentenceRow { Text = text }));
        return _ml.Data.CreateEnumerable<SentencePrediction>(Transformer.Transform(data), reuseRowObject: false)
            .Select(row => float.IsNaN(row.Probability) ? 0 : Math.Round(row.Probability, 4))
            .ToArray();
    }
}
