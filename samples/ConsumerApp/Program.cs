using ClaimTracker;
using ClaimTracker.Documents;

// Two outlets report the same bombing with different death tolls.
var loader = new DocumentLoader();
string[] articles =
[
    "Three people were killed when a car bomb exploded outside a market in Lyon on Friday, police said.",
    "Five people were killed and a dozen wounded when a car bomb went off near a market in Lyon on Friday.",
];
var documents = new[]
{
    loader.FromText(articles[0], "Harbor Tribune", new DateOnly(2025, 6, 14)),
    loader.FromText(articles[1], "Coast Daily", new DateOnly(2025, 6, 15)),
}.Select(result => result.Document ?? throw new InvalidOperationException(result.Error?.Reason)).ToArray();

var analysis = Tracker.AnalyzeAll(documents);
foreach (var conflict in analysis.Conflicts)
{
    Console.WriteLine($"{conflict.Kind} ({conflict.Severity}) on {conflict.About}: {conflict.Explanation}");
    foreach (var side in conflict.Sides)
    {
        Console.WriteLine($"  {side.Value}: {string.Join(", ", side.Sources)}");
    }
}

return analysis.Conflicts.Count > 0 ? 0 : 1;
