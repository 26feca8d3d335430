using ClaimTracker.Scoring;

namespace ClaimTracker.Cli.Evaluation;

/// <summary>Writes a sentence-model training report as plain text, beside the published figures it compares with.</summary>
internal static class TrainingReportWriter
{
    public static void Write(TrainingReport report, TextWriter output)
    {
        if (report.Comparison.Count > 0)
        {
            output.WriteLine("Recipes compared (check-worthiness: 4-fold CV on the training part; subjectivity: NewsSD-ENG val)");
            var comparison = new TextTable("MODEL", "RECIPE", "P", "R", "F1", "MACRO-F1");
            foreach (var row in report.Comparison)
            {
                comparison.Add(row.Model, row.Recipe, ScoreFormat.Score(row.Selection.Precision), ScoreFormat.Score(row.Selection.Recall), ScoreFormat.Score(row.Selection.F1), ScoreFormat.Score(row.Selection.MacroF1));
            }

            comparison.Write(output);
            output.WriteLine();
        }

        output.WriteLine("Seed " + ScoreFormat.Count(report.Seed));
        var table = new TextTable("MODEL", "EVALUATION", "N", "P", "R", "F1", "MACRO-F1", "PUBLISHED MACRO-F1");
        var cw = report.CheckWorthiness;
        if (cw.CrossValidation is { } cv)
        {
            Add(table, "check-worthiness", "ClaimBuster 2.5xNCS, 4-fold CV", cv, "SVM 0.831, BERT 0.880");
        }

        Add(table, "check-worthiness", "ClaimBuster 2.5xNCS, held-out 20%", cw.HeldOut, "");
        Add(table, "subjectivity", "NewsSD-ENG test", report.Subjectivity.HeldOut, "TF-IDF+LR 0.55, mBERT 0.76-0.82");
        table.Write(output);
        output.WriteLine($"check-worthiness: {cw.Recipe}, trained on {ScoreFormat.Count(cw.TrainSentences)} sentences");
        output.WriteLine($"subjectivity: {report.Subjectivity.Recipe}, trained on {ScoreFormat.Count(report.Subjectivity.TrainSentences)} sentences");
    }

    private static void Add(TextTable table, string model, string evaluation, ClassificationMetrics metrics, string published) =>
        table.Add(model, evaluation, ScoreFormat.Count(metrics.Count), ScoreFormat.Score(metrics.Precision), ScoreFormat.Score(metrics.Recall), ScoreFormat.Score(metrics.F1), ScoreFormat.Score(metrics.MacroF1), published);
}
