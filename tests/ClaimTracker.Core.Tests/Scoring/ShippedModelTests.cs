using System.Security.Cryptography;
using ClaimTracker.Scoring;

namespace ClaimTracker.Tests.Scoring;

/// <summary>
/// The shipped models, measured again on the held-out data in <c>data/training</c>, give exactly the figures of their
/// card, and those stay above the floors set from the measured figures (README, "Check-worthiness model").
/// </summary>
public class ShippedModelTests
{
    private const double CheckWorthinessMacroF1Floor = 0.80;
    private const double SubjectivityMacroF1Floor = 0.50;

    private static readonly string Data = RepositoryFiles.PathOf("data", "training");
    private static readonly TrainingReport Card = SentenceScorer.ReadShippedCard();

    [Fact]
    public void The_card_names_the_training_data_in_the_repository_by_hash()
    {
        Card.Data.Keys.Should().BeEquivalentTo(SentenceModelTrainer.DataFiles);
        foreach (var (file, sha256) in Card.Data)
        {
            Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(Data, file)))).Should().Be(sha256, file);
        }
    }

    [Fact]
    public void The_check_worthiness_model_scores_as_its_card_says_on_the_held_out_split()
    {
        var measured = SentenceModelTrainer.Measure(SentenceScorer.Default.CheckWorthinessModel, SentenceModelTrainer.TestSets(Data).CheckWorthiness);

        measured.Should().BeEquivalentTo(Card.CheckWorthiness.HeldOut, Close);
        measured.MacroF1.Should().BeGreaterThanOrEqualTo(CheckWorthinessMacroF1Floor);
        Card.CheckWorthiness.CrossValidation!.MacroF1.Should().BeGreaterThanOrEqualTo(CheckWorthinessMacroF1Floor);
    }

    [Fact]
    public void The_subjectivity_model_scores_as_its_card_says_on_the_newssd_test_split()
    {
        var measured = SentenceModelTrainer.Measure(SentenceScorer.Default.SubjectivityModel, SentenceModelTrainer.TestSets(Data).Subjectivity);

        measured.Should().BeEquivalentTo(Card.Subjectivity.HeldOut, Close);
        measured.MacroF1.Should().BeGreaterThanOrEqualTo(SubjectivityMacroF1Floor);
    }

    private static FluentAssertions.Equivalency.EquivalencyAssertionOptions<ClassificationMetrics> Close(FluentAssertions.Equivalency.EquivalencyAssertionOptions<ClassificationMetrics> options) =>
        options.Using<double>(context => context.Subject.Should().BeApproximately(context.Expectation, 1e-9)).WhenTypeIs<double>();
}
