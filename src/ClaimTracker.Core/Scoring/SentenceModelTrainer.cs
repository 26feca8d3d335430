using System.Security.Cryptography;
using ClaimTracker.Scoring.Training;
using Microsoft.ML;

namespace ClaimTracker.Scoring;

/// <summary>
/// Trains the two sentence models from the labelled data in a folder laid out as the repository's <c>data/training</c>
/// (<c>claimbuster/2.5xNCS.json</c>, <c>newssd-eng/{train,val,test}.csv</c>) and measures them on data they never see.
/// A fixed seed and single-threaded trainers make every run give the same models and the same figures.
/// </summary>
public sealed class SentenceModelTrainer
{
    /// <summary>The ML.NET seed for training and for loading the models.</summary>
    public const int Seed = 2020;

    private const int Folds = 4;
    private const string CheckWorthinessFile = "claimbuster/2.5xNCS.json";
    private static readonly string[] NewsSdFiles = ["newssd-eng/train.csv", "newssd-eng/val.csv", "newssd-eng/test.csv"];

    /// <summary>The recipe chosen for check-worthiness by the comparison in the README.</summary>
    internal static ModelRecipe CheckWorthinessRecipe { get; } = new("word 1-2 + char 3 tf-idf", "L-BFGS LR");

    /// <summary>The recipe chosen for subjectivity by the comparison in the README.</summary>
    internal static ModelRecipe SubjectivityRecipe { get; } = new("word 1-2 + char 3", "L-BFGS LR");

    private readonly string _dataFolder;

    /// <summary>A trainer reading the data in <paramref name="dataFolder"/>.</summary>
    /// <param name="dataFolder">The training data folder (the repository's <c>data/training</c>).</param>
    public SentenceModelTrainer(string dataFolder)
    {
        ArgumentNullException.ThrowIfNull(dataFolder);
        _dataFolder = dataFolder;
    }

    /// <summary>The file names under a data folder that training reads.</summary>
    public static IReadOnlyList<string> DataFiles { get; } = [CheckWorthinessFile, .. NewsSdFiles];

    /// <summary>Trains both models and measures them; with <paramref name="compare"/>, first scores every recipe.</summary>
    /// <param name="compare">Also score every featurization and trainer (slow: minutes).</param>
    /// <param name="progress">Receives a line per step; null for none.</param>
    /// <returns>The trained scorer and its report.</returns>
    public TrainedSentenceModels Train(bool compare = false, Action<string>? progress = null)
    {
        var missing = DataFiles.Where(file => !File.Exists(Path.Combine(_dataFolder, file))).ToArray();
        if (missing.Length > 0)
        {
            throw new FileNotFoundException($"Training data missing under {_dataFolder}: {string.Join(", ", missing)}");
        }

        var claims = ClaimBusterReader.Read(Path.Combine(_dataFolder, CheckWorthinessFile));
        var claimsTrain = claims.Where(s => !DataSplit.IsHeldOut(s)).ToArray();
        var claimsTest = claims.Where(DataSplit.IsHeldOut).ToArray();
        var newsTrain = NewsSdReader.Read(Path.Combine(_dataFolder, NewsSdFiles[0]));
        var newsVal = NewsSdReader.Read(Path.Combine(_dataFolder, NewsSdFiles[1]));
        var newsTest = NewsSdReader.Read(Path.Combine(_dataFolder, NewsSdFiles[2]));

        var comparison = new List<RecipeScore>();
        if (compare)
        {
            foreach (var recipe in ModelRecipe.All)
            {
                var cv = CrossValidate(recipe, claimsTrain);
                comparison.Add(new RecipeScore("check-worthiness", recipe.Name, cv));
                progress?.Invoke($"check-worthiness  {recipe.Name,-34} CV macro-F1 {cv.MacroF1:0.000}");
                var val = Measure(Fit(recipe, newsTrain), newsVal);
                comparison.Add(new RecipeScore("subjectivity", recipe.Name, val));
                progress?.Invoke($"subjectivity      {recipe.Name,-34} val macro-F1 {val.MacroF1:0.000}");
            }
        }

        progress?.Invoke("check-worthiness: 4-fold cross-validation on all of 2.5xNCS");
        var published = CrossValidate(CheckWorthinessRecipe, claims);
        progress?.Invoke("check-worthiness: training on the non-held-out part");
        var checkWorthiness = Fit(CheckWorthinessRecipe, claimsTrain);
        progress?.Invoke("subjectivity: training on train + val");
        var subjectivity = Fit(SubjectivityRecipe, [.. newsTrain, .. newsVal]);

        var report = new TrainingReport(
            Seed,
            DataFiles.ToDictionary(file => file, file => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(_dataFolder, file)))), StringComparer.Ordinal),
            new ModelReport(CheckWorthinessRecipe.Name, claimsTrain.Length, published, Measure(checkWorthiness, claimsTest)),
            new ModelReport(SubjectivityRecipe.Name, newsTrain.Count + newsVal.Count, null, Measure(subjectivity, newsTest)),
            comparison);
        return new TrainedSentenceModels(new SentenceScorer(checkWorthiness, subjectivity), report);
    }

    /// <summary>Measures a model on labelled sentences at the 0.5 probability threshold.</summary>
    internal static ClassificationMetrics Measure(BinaryTextModel model, IReadOnlyList<LabelledSentence> test)
    {
        var probabilities = model.Probabilities(test.Select(s => s.Text).ToArray());
        return ClassificationMetrics.From(test.Select(s => s.Label).ToArray(), probabilities.Select(p => p >= 0.5).ToArray());
    }

    /// <summary>The held-out ClaimBuster sentences and the NewsSD-ENG test split, as the shipped models were measured on.</summary>
    internal static (IReadOnlyList<LabelledSentence> CheckWorthiness, IReadOnlyList<LabelledSentence> Subjectivity) TestSets(string dataFolder) => (
        ClaimBusterReader.Read(Path.Combine(dataFolder, CheckWorthinessFile)).Where(DataSplit.IsHeldOut).ToArray(),
        NewsSdReader.Read(Path.Combine(dataFolder, NewsSdFiles[2])));

    internal static BinaryTextModel Fit(ModelRecipe recipe, IReadOnlyList<LabelledSentence> sentences)
    {
        var ml = new MLContext(Seed);
        var data = ml.Data.LoadFromEnumerable(sentences.Select(s => SentenceRow.For(s.Text, recipe.UsesRecognizedFeatures, s.Label)));
        return new BinaryTextModel(ml, recipe.Build(ml).Fit(data), recipe.UsesRecognizedFeatures);
    }

    private static ClassificationMetrics CrossValidate(ModelRecipe recipe, IReadOnlyList<LabelledSentence> sentences)
    {
        var folds = new List<ClassificationMetrics>();
        for (var fold = 0; fold < Folds; fold++)
        {
            var inFold = sentences.Select(s => DataSplit.Bucket(s.Text, "fold", Folds) == fold).ToArray();
            var train = sentences.Where((_, i) => !inFold[i]).ToArray();
            var test = sentences.Where((_, i) => inFold[i]).ToArray();
            folds.Add(Measure(Fit(recipe, train), test));
        }

        return ClassificationMetrics.Mean(folds);
    }
}
