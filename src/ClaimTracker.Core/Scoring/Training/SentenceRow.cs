using Microsoft.ML.Data;

namespace ClaimTracker.Scoring.Training;

/// <summary>The row ML.NET trains on and scores: the sentence text, the recognizer features when the model uses them and, for training, its label.</summary>
internal sealed class SentenceRow
{
    public string Text { get; set; } = "";

    [VectorType(RecognizedFeatures.Length)]
    public float[] Recognized { get; set; } = new float[RecognizedFeatures.Length];

    public bool Label { get; set; }

    /// <summary>A row for <paramref name="text"/>; the recognizers run only when <paramref name="recognize"/> is set, since they cost more than the model.</summary>
    public static SentenceRow For(string text, bool recognize, bool label = false) => new()
    {
        Text = text,
        Recognized = recognize ? RecognizedFeatures.Of(text) : new float[RecognizedFeatures.Length],
        Label = label,
    };
}
