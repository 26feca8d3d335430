namespace ClaimTracker.Evaluation;

/// <summary>Event grouping on ECB+: each topic's documents analyzed together, scored against its two gold events.</summary>
/// <param name="Folder">The data set folder.</param>
/// <param name="Documents">Documents analyzed.</param>
/// <param name="TopicsMerged">Topics where some predicted event mixes the two gold events.</param>
/// <param name="ByDocument">B³ over all documents (micro average over topics).</param>
/// <param name="ByClaim">B³ over all claims (micro average over topics).</param>
/// <param name="Topics">One row per topic.</param>
public sealed record EcbReport(string Folder, int Documents, int TopicsMerged, B3Score ByDocument, B3Score ByClaim, IReadOnlyList<EcbTopicScore> Topics);
