namespace ClaimTracker.Evaluation;

/// <summary>
/// B³ (B-cubed) clustering score: for every item, the share of its predicted cluster that shares its gold cluster
/// (precision) and the share of its gold cluster that shares its predicted cluster (recall), averaged over items.
/// Merging two real events costs precision; splitting one costs recall.
/// </summary>
/// <param name="Items">How many items were scored.</param>
/// <param name="Precision">Mean per-item precision (1.0 when there are no items).</param>
/// <param name="Recall">Mean per-item recall (1.0 when there are no items).</param>
public sealed record B3Score(int Items, double Precision, double Recall)
{
    /// <summary>The harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>The item-weighted mean of several scores over disjoint item sets (a micro average).</summary>
    internal static B3Score Combine(IEnumerable<B3Score> scores)
    {
        var items = 0;
        double precision = 0, recall = 0;
        foreach (var score in scores)
        {
            items += score.Items;
            precision += score.Precision * score.Items;
            recall += score.Recall * score.Items;
        }

        return items == 0 ? new B3Score(0, 1.0, 1.0) : new B3Score(items, precision / items, recall / items);
    }
}
