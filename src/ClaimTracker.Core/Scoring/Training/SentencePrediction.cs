namespace ClaimTracker.Scoring.Training;

/// <summary>What a trained model adds to a row: the calibrated probability of the positive class.</summary>
internal sealed class SentencePrediction
{
    public float Probability { get; set; }
}
