namespace ClaimTracker.Evaluation;

/// <summary>Computes <see cref="B3Score"/> for two labellings of the same items.</summary>
internal static class BCubed
{
    /// <summary>
    /// Scores <paramref name="items"/>, each given as its gold cluster label and predicted cluster label. A null
    /// predicted label puts the item in a cluster of its own (the prediction did not group it with anything).
    /// </summary>
    public static B3Score Score(IReadOnlyList<(string Gold, string? Predicted)> items)
    {
        if (items.Count == 0)
        {
            return new B3Score(0, 1.0, 1.0);
        }

        var labelled = items
            .Select((item, index) => (item.Gold, Predicted: item.Predicted ?? "\u0000singleton/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        var goldSizes = CountBy(labelled.Select(i => i.Gold));
        var predictedSizes = CountBy(labelled.Select(i => i.Predicted));
        var shared = CountBy(labelled.Select(i => i.Gold + "\u0001" + i.Predicted));

        double precision = 0, recall = 0;
        foreach (var (gold, predicted) in labelled)
        {
            var both = shared[gold + "\u0001" + predicted];
            precision += (double)both / predictedSizes[predicted];
            recall += (double)both / goldSizes[gold];
        }

        return new B3Score(labelled.Count, precision / labelled.Count, recall / labelled.Count);
    }

    private static Dictionary<string, int> CountBy(IEnumerable<string> labels)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var label in labels)
        {
            counts[label] = counts.GetValueOrDefault(label) + 1;
        }

        return counts;
    }
}
