using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Transforms.Text;

namespace ClaimTracker.Scoring.Training;

/// <summary>
/// One way to build a sentence classifier: a text featurization and a trainer. Every trainer runs on one thread with
/// the context's seed, so the same data gives the same model on every run.
/// </summary>
internal sealed record ModelRecipe(string Featurization, string Trainer)
{
    public static IReadOnlyList<string> Featurizations { get; } = ["word 1-2", "word 1-2 tf-idf", "word 1-2 + char 3", "word 1-2 + char 3 tf-idf", "word 1-2 + char 3 tf-idf + recognizers"];

    public static IReadOnlyList<string> Trainers { get; } = ["SDCA LR", "L-BFGS LR", "LinearSvm", "FastTree"];

    public static IEnumerable<ModelRecipe> All => Featurizations.SelectMany(f => Trainers.Select(t => new ModelRecipe(f, t)));

    public string Name => Featurization + " / " + Trainer;

    /// <summary>Whether the recognizer counts (<see cref="RecognizedFeatures"/>) join the text features.</summary>
    public bool UsesRecognizedFeatures => Featurization.EndsWith("+ recognizers", StringComparison.Ordinal);

    public IEstimator<ITransformer> Build(MLContext ml)
    {
        var features = UsesRecognizedFeatures
            ? ml.Transforms.Text.FeaturizeText("TextFeatures", Options(), "Text")
                .Append(ml.Transforms.Concatenate("Features", "TextFeatures", RecognizedFeatures.Column))
            : (IEstimator<ITransformer>)ml.Transforms.Text.FeaturizeText("Features", Options(), "Text");
        return Trainer switch
        {
            // The features are L2-normalized, so the weights must be large: both LR trainers need weak regularization.
            "SDCA LR" => features.Append(ml.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
            {
                NumberOfThreads = 1,
                L2Regularization = 1e-5f,
                MaximumNumberOfIterations = 100,
            })),
            "L-BFGS LR" => features.Append(ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
            {
                NumberOfThreads = 1,
                L1Regularization = 0,
                L2Regularization = 1e-3f,
            })),
            "LinearSvm" => features
                .Append(ml.BinaryClassification.Trainers.LinearSvm(new LinearSvmTrainer.Options { NumberOfIterations = 20, Lambda = 1e-3f }))
                .Append(ml.BinaryClassification.Calibrators.Platt()),
            "FastTree" => features.Append(ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
            {
                NumberOfThreads = 1,
                NumberOfTrees = 200,
                NumberOfLeaves = 20,
            })),
            _ => throw new InvalidOperationException($"Unknown trainer '{Trainer}'."),
        };
    }

    private TextFeaturizingEstimator.Options Options()
    {
        var weighting = Featurization.Contains("tf-idf", StringComparison.Ordinal) ? NgramExtractingEstimator.WeightingCriteria.TfIdf : NgramExtractingEstimator.WeightingCriteria.Tf;
        return new()
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepDiacritics = false,
            KeepPunctuations = true,
            KeepNumbers = true,
            Norm = TextFeaturizingEstimator.NormFunction.L2,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true, Weighting = weighting },
            CharFeatureExtractor = Featurization.Contains("char 3", StringComparison.Ordinal)
                ? new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = false, Weighting = weighting }
                : null,
        };
    }
}
