using ClaimTracker.Documents;

namespace ClaimTracker.Evaluation;

/// <summary>
/// Evaluates event grouping on ECB+. The unit is the document: each document reports one gold event (its
/// sub-topic), and its predicted event is its dominant one, the event holding most of its claims (ties go to the
/// ordinally first id). B³ over claims, each labelled by its document's gold event, is reported beside it.
/// </summary>
public static class EcbEvaluator
{
    /// <summary>Analyzes each topic's documents together and scores the grouping.</summary>
    /// <param name="corpus">The documents.</param>
    /// <param name="analyze">The pipeline under test.</param>
    public static EcbReport Evaluate(EcbCorpus corpus, Func<IReadOnlyList<Document>, Analysis> analyze)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(analyze);
        var topics = corpus.Documents
            .GroupBy(d => d.Topic, StringComparer.Ordinal)
            .Select(topic => ScoreTopic(topic.Key, topic.ToList(), analyze))
            .ToList();
        return new EcbReport(
            corpus.Folder,
            corpus.Documents.Count,
            topics.Count(t => t.MergesEvents),
            B3Score.Combine(topics.Select(t => t.ByDocument)),
            B3Score.Combine(topics.Select(t => t.ByClaim)),
            topics);
    }

    private static EcbTopicScore ScoreTopic(string topic, List<EcbDocument> documents, Func<IReadOnlyList<Document>, Analysis> analyze)
    {
        var goldOf = documents.ToDictionary(d => d.Document.Id, d => d.GoldEvent, StringComparer.Ordinal);
        var analysis = analyze(documents.Select(d => d.Document).ToList());
        var claims = analysis.Claims.Where(c => goldOf.ContainsKey(c.DocumentId)).ToList();
        var dominant = documents.ToDictionary(
            d => d.Document.Id,
            d => claims
                .Where(c => c.DocumentId == d.Document.Id && c.EventId is not null)
                .GroupBy(c => c.EventId!, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count())
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.Key)
                .FirstOrDefault(),
            StringComparer.Ordinal);
        var merges = claims
            .Where(c => c.EventId is not null)
            .GroupBy(c => c.EventId!, StringComparer.Ordinal)
            .Any(g => g.Select(c => goldOf[c.DocumentId]).Distinct(StringComparer.Ordinal).Count() > 1);
        return new EcbTopicScore(
            topic,
            documents.Count,
            dominant.Values.Count(e => e is not null),
            dominant.Values.OfType<string>().Distinct(StringComparer.Ordinal).Count(),
            merges,
            BCubed.Score(documents.Select(d => (d.GoldEvent, dominant[d.Document.Id])).ToList()),
            BCubed.Score(claims.Select(c => (goldOf[c.DocumentId], c.EventId)).ToList()));
    }
}
