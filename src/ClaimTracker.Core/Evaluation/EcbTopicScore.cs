namespace ClaimTracker.Evaluation;

/// <summary>Event grouping on one ECB+ topic (two real events of the same type).</summary>
/// <param name="Topic">The topic number.</param>
/// <param name="Documents">Documents analyzed together.</param>
/// <param name="DocumentsWithEvent">Documents with at least one claim in an event.</param>
/// <param name="PredictedEvents">Distinct dominant events among the documents.</param>
/// <param name="MergesEvents">Whether some predicted event holds claims from documents of both gold events.</param>
/// <param name="ByDocument">B³ over documents, each labelled by its dominant predicted event (a document without one stands alone).</param>
/// <param name="ByClaim">B³ over claims, each labelled by its document's gold event.</param>
public sealed record EcbTopicScore(string Topic, int Documents, int DocumentsWithEvent, int PredictedEvents, bool MergesEvents, B3Score ByDocument, B3Score ByClaim);
