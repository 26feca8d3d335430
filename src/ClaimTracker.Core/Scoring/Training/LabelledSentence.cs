namespace ClaimTracker.Scoring.Training;

/// <summary>One training or test sentence with its binary label (check-worthy, or subjective).</summary>
internal sealed record LabelledSentence(string Text, bool Label);
