using ClaimTracker.Recognition;
using ClaimTracker.Recognition.Numbers;

namespace ClaimTracker.Scoring.Training;

/// <summary>
/// Dense features from the project's own recognizers: how many numbers, percentages, dates, actors and places a
/// sentence mentions. A check-worthy claim is usually a statistic, a date or a named party, and the recognizers find
/// those as one feature each however they are worded ("nineteen", "19", "a third"), which n-grams cannot.
/// </summary>
internal static class RecognizedFeatures
{
    /// <summary>The name of the vector column in <see cref="SentenceRow"/>.</summary>
    public const string Column = nameof(SentenceRow.Recognized);

    public const int Length = 5;

    /// <summary>Counts saturate here: a sixth number says no more than a third, and the scale stays near the text features' (L2-normalized).</summary>
    private const float Saturation = 3;

    public static float[] Of(string text)
    {
        var mentions = MentionRecognizer.Default.Recognize(text, published: null);
        var percentages = mentions.Numbers.Count(n => n.Kind == QuantityKind.Percentage);
        return
        [
            Scale(mentions.Numbers.Count - percentages),
            Scale(percentages),
            Scale(mentions.Dates.Count),
            Scale(mentions.Actors.Count),
            Scale(mentions.Locations.Count),
        ];
    }

    private static float Scale(int count) => Math.Min(count, Saturation) / Saturation;
}
