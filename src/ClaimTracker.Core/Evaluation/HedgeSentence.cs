namespace ClaimTracker.Evaluation;

/// <summary>A sentence of the hedge corpus and the uncertainty cues its annotators marked (lower-cased); none means certain.</summary>
internal sealed record HedgeSentence(string Text, IReadOnlyList<string> Cues)
{
    public bool IsUncertain => Cues.Count > 0;
}
