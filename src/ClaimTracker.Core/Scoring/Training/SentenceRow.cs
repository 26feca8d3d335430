namespace ClaimTracker.Scoring.Training;

/// <summary>The row ML.NET trains on and scores: the sentence text and, for training, its label.</summary>
internal sealed class SentenceRow
{
    public string Text { get; set; } = "";

    public bool Label { get; set; }
}
