using ClaimTracker.Scoring;
using ClaimTracker.Scoring.Training;

namespace ClaimTracker.Tests.Scoring;

/// <summary>The recognizer-count featurization tried for check-worthiness (see the README's recipe comparison).</summary>
public class RecognizedFeaturesTests
{
    private static readonly ModelRecipe WithRecognizers = new("word 1-2 + char 3 tf-idf + recognizers", "L-BFGS LR");

    [Fact]
    public void Counts_numbers_percentages_dates_actors_and_places_and_nothing_in_small_talk()
    {
        var features = RecognizedFeatures.Of("On 5 March 2024, Azerbaijan said 12 drones hit a school in Nakhchivan and 40% of them were intercepted.");

        features.Should().HaveCount(RecognizedFeatures.Length).And.OnlyContain(f => f > 0 && f <= 1);
        RecognizedFeatures.Of("Thank you very much, it is good to be here.").Should().OnlyContain(f => f == 0);
    }

    [Fact]
    public void A_model_with_recognizer_features_keeps_them_after_saving_and_loading()
    {
        var sentences = Enumerable.Range(1, 12)
            .SelectMany(i => new[]
            {
                new LabelledSentence($"Unemployment rose to {i} percent in {2000 + i}.", true),
                new LabelledSentence($"I think we can do better, friend number {i}.", false),
            })
            .ToArray();
        var model = SentenceModelTrainer.Fit(WithRecognizers, sentences);
        var path = Path.Combine(Path.GetTempPath(), "claimtracker-model-" + Guid.NewGuid().ToString("N") + ".zip");
        try
        {
            model.Save(path);
            using var zip = File.OpenRead(path);
            var loaded = BinaryTextModel.Load(zip);

            loaded.UsesRecognizedFeatures.Should().BeTrue();
            loaded.Probability("Taxes fell by 3 percent in 2012.").Should().Be(model.Probability("Taxes fell by 3 percent in 2012."));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_shipped_models_read_text_alone()
    {
        SentenceScorer.Default.CheckWorthinessModel.UsesRecognizedFeatures.Should().BeFalse();
        SentenceScorer.Default.SubjectivityModel.UsesRecognizedFeatures.Should().BeFalse();
    }
}
