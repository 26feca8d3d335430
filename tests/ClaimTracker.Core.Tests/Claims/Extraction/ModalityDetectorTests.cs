using ClaimTracker.Claims;
using ClaimTracker.Claims.Extraction;

namespace ClaimTracker.Tests.Claims.Extraction;

public class ModalityDetectorTests
{
    [Theory]
    [InlineData("Four civilians were reportedly wounded.", "Four civilians were reportedly wounded", Modality.Reported)]
    [InlineData("Reports indicate that two civilians were injured.", "two civilians were injured", Modality.Reported)]
    [InlineData("According to police, three men were killed.", "three men were killed", Modality.Reported)]
    [InlineData("The gunman allegedly shot five people.", "shot five people", Modality.Reported)]
    [InlineData("Two drones struck the airport.", "Two drones struck", Modality.Asserted)]
    [InlineData("Iran will continue to deny responsibility.", "deny responsibility", Modality.Predicted)]
    [InlineData("The death toll is expected to rise to 20.", "rise to 20", Modality.Predicted)]
    [InlineData("Escalation would likely lead to dozens of casualties.", "dozens of casualties", Modality.Hypothetical)]
    [InlineData("The blast could have killed hundreds of people.", "killed hundreds of people", Modality.Hypothetical)]
    public void Cue_words_set_the_modality(string text, string quote, Modality expected)
    {
        var sentence = Sentences.Of(text)[0];

        ModalityDetector.Default.Detect(sentence, Sentences.SpanOf(sentence, quote)).Should().Be(expected);
    }

    [Fact]
    public void A_condition_in_another_clause_does_not_govern_the_quote()
    {
        var sentence = Sentences.Of("Officials said the strike would be answered; two soldiers were killed.")[0];

        ModalityDetector.Default.Detect(sentence, Sentences.SpanOf(sentence, "two soldiers were killed")).Should().Be(Modality.Asserted);
    }
}
