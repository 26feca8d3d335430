using ClaimTracker.Evaluation;
using static ClaimTracker.Cli.Evaluation.ScoreFormat;

namespace ClaimTracker.Cli.Evaluation;

/// <summary>Prints an <see cref="EcbReport"/> as tables for people.</summary>
internal static class EcbReportWriter
{
    public static void Write(EcbReport report, TextWriter output)
    {
        output.WriteLine($"ECB+ event grouping: {Count(report.Topics.Count)} topics, {Count(report.Documents)} documents ({report.Folder})");
        output.WriteLine("Each topic holds two different events of the same type; a document's predicted event is the one holding most of its claims.");
        var table = new TextTable("TOPIC", "DOCS", "WITH EVENT", "EVENTS", "MERGES", "DOC P", "DOC R", "DOC F1", "CLAIMS", "CLAIM P", "CLAIM R", "CLAIM F1");
        foreach (var topic in report.Topics)
        {
            table.Add(
                topic.Topic,
                Count(topic.Documents),
                Count(topic.DocumentsWithEvent),
                Count(topic.PredictedEvents),
                topic.MergesEvents ? "yes" : "no",
                Score(topic.ByDocument.Precision),
                Score(topic.ByDocument.Recall),
                Score(topic.ByDocument.F1),
                Count(topic.ByClaim.Items),
                Score(topic.ByClaim.Precision),
                Score(topic.ByClaim.Recall),
                Score(topic.ByClaim.F1));
        }

        table.Add(
            "all",
            Count(report.Documents),
            Count(report.Topics.Sum(t => t.DocumentsWithEvent)),
            Count(report.Topics.Sum(t => t.PredictedEvents)),
            Count(report.TopicsMerged),
            Score(report.ByDocument.Precision),
            Score(report.ByDocument.Recall),
            Score(report.ByDocument.F1),
            Count(report.ByClaim.Items),
            Score(report.ByClaim.Precision),
            Score(report.ByClaim.Recall),
            Score(report.ByClaim.F1));
        table.Write(output);
    }
}
