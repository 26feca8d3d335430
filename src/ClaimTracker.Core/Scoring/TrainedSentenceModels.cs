using ClaimTracker.Serialization;

namespace ClaimTracker.Scoring;

/// <summary>The output of <see cref="SentenceModelTrainer.Train"/>: a scorer over the new models and how they measured.</summary>
public sealed class TrainedSentenceModels
{
    internal TrainedSentenceModels(SentenceScorer scorer, TrainingReport report)
    {
        Scorer = scorer;
        Report = report;
    }

    /// <summary>A scorer using the newly trained models.</summary>
    public SentenceScorer Scorer { get; }

    /// <summary>The training data, recipes and figures.</summary>
    public TrainingReport Report { get; }

    /// <summary>
    /// Writes <c>check-worthiness.zip</c>, <c>subjectivity.zip</c> and <c>model-card.json</c> to <paramref name="folder"/>;
    /// written to <c>src/ClaimTracker.Core/Scoring/Models</c>, they become the models the library ships.
    /// </summary>
    /// <param name="folder">The folder to write to; created when missing.</param>
    public void Save(string folder)
    {
        Directory.CreateDirectory(folder);
        Scorer.CheckWorthinessModel.Save(Path.Combine(folder, SentenceScorer.CheckWorthinessFile));
        Scorer.SubjectivityModel.Save(Path.Combine(folder, SentenceScorer.SubjectivityFile));
        File.WriteAllText(Path.Combine(folder, SentenceScorer.ModelCardFile), ClaimTrackerJson.Serialize(Report, indented: true) + "\n");
    }
}
