namespace ClaimTracker.Scoring;

/// <summary>How a binary sentence classifier scores on a test set, as the published work reports it.</summary>
/// <param name="Count">Test sentences.</param>
/// <param name="Precision">Precision of the positive class (check-worthy, or subjective).</param>
/// <param name="Recall">Recall of the positive class.</param>
/// <param name="F1">F1 of the positive class.</param>
/// <param name="MacroF1">Mean F1 of both classes.</param>
/// <param name="Accuracy">Share of sentences classified correctly.</param>
public sealed record ClassificationMetrics(int Count, double Precision, double Recall, double F1, double MacroF1, double Accuracy)
{
    /// <summary>Metrics from gold labels and predictions, in the same order.</summary>
    internal static ClassificationMetrics From(IReadOnlyList<bool> gold, IReadOnlyList<bool> predicted)
    {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        for (var i = 0; i < gold.Count; i++)
        {
            switch (gold[i], predicted[i])
            {
                case (true, true): tp++; break;
                case (false, true): fp++; break;
                case (true, false): fn++; break;
                default: tn++; break;
            }
        }

        var positive = F(tp, fp, fn);
        var negative = F(tn, fn, fp);
        return new ClassificationMetrics(gold.Count, positive.P, positive.R, positive.F, (positive.F + negative.F) / 2, gold.Count == 0 ? 0 : (tp + tn) / (double)gold.Count);
    }

    /// <summary>The mean of each figure over cross-validation folds.</summary>
    internal static ClassificationMetrics Mean(IReadOnlyList<ClassificationMetrics> folds) => new(
        folds.Sum(f => f.Count),
        folds.Average(f => f.Precision),
        folds.Average(f => f.Recall),
        folds.Average(f => f.F1),
        folds.Average(f => f.MacroF1),
        folds.Average(f => f.Accuracy));

    private static (double P, double R, double F) F(int tp, int fp, int fn)
    {
        var p = tp + fp == 0 ? 0 : tp / (double)(tp + fp);
        var r = tp + fn == 0 ? 0 : tp / (double)(tp + fn);
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
}
