using ClaimTracker.Evaluation;
using static ClaimTracker.Cli.Evaluation.ScoreFormat;

namespace ClaimTracker.Cli.Evaluation;

/// <summary>Prints a <see cref="GvaReport"/> as tables for people.</summary>
internal static class GvaReportWriter
{
    public static void Write(GvaReport report, TextWriter output)
    {
        output.WriteLine($"gva-dev evaluation: {Count(report.Incidents)} incidents, {Count(report.Articles)} articles ({report.Folder})");
        output.WriteLine();
        output.WriteLine("Casualty figures per incident against GVA's final counts (shares of incidents with a figure;");
        output.WriteLine("an earlier article may rightly report fewer than the final count)");
        var figures = new TextTable("TYPE", "INCIDENTS", "WITH FIGURE", "EXACT (MAX = GOLD)", "INCLUDES GOLD", "≤ GOLD (PLAUSIBLE)", "NONE, GOLD 0");
        foreach (var row in report.Casualties)
        {
            figures.Add(
                Name(row.Type),
                Count(row.Incidents),
                CountOf(row.WithValue, row.Incidents),
                CountOf(row.Exact, row.WithValue),
                CountOf(row.IncludesGold, row.WithValue),
                CountOf(row.AtMostGold, row.WithValue),
                Count(row.NoValueGoldZero));
        }

        figures.Write(output);
        output.WriteLine();
        output.WriteLine("Differing figures within an incident and the conflicts reported for them");
        var disagreements = new TextTable("TYPE", "INCIDENTS WITH ≥2 FIGURES", "FLAGGED AS CONFLICT", "CONFLICT WITHOUT DIFFERING FIGURES");
        foreach (var row in report.Disagreements)
        {
            disagreements.Add(Name(row.Type), Count(row.Disputed), CountOf(row.Flagged, row.Disputed), Count(row.FlaggedWithoutDispute));
        }

        disagreements.Write(output);
        output.WriteLine();
        var grouping = report.Grouping;
        output.WriteLine($"Grouping: {Count(report.Batches)} run(s) of up to {Count(report.BatchSize)} incidents mixed; B³ of events against incidents over {Count(grouping.Items)} casualty claims:");
        output.WriteLine($"  P {Score(grouping.Precision)}  R {Score(grouping.Recall)}  F1 {Score(grouping.F1)}");
    }
}
