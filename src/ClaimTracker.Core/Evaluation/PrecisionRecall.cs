namespace ClaimTracker.Evaluation;

/// <summary>
/// Precision, recall and F1 of a one-to-one matching. An empty denominator counts as nothing wrong (1.0), so a
/// prediction of nothing against a gold of nothing scores 1.0 and a prediction of nothing against some gold scores
/// precision 1.0, recall 0 and F1 0.
/// </summary>
/// <param name="Predicted">How many items were predicted.</param>
/// <param name="Gold">How many gold items there are.</param>
/// <param name="Matched">How many predicted items were matched to a gold item (each at most once).</param>
public sealed record PrecisionRecall(int Predicted, int Gold, int Matched)
{
    /// <summary>Matched / predicted.</summary>
    public double Precision => Predicted == 0 ? 1.0 : (double)Matched / Predicted;

    /// <summary>Matched / gold.</summary>
    public double Recall => Gold == 0 ? 1.0 : (double)Matched / Gold;

    /// <summary>The harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
