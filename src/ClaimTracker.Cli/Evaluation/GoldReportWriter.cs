using ClaimTracker.Evaluation;
using static ClaimTracker.Cli.Evaluation.ScoreFormat;

namespace ClaimTracker.Cli.Evaluation;

/// <summary>Prints a <see cref="GoldReport"/> as tables for people.</summary>
internal static class GoldReportWriter
{
    public static void Write(GoldReport report, TextWriter output)
    {
        output.WriteLine($"Gold evaluation: {report.GoldFile} ({Count(report.Documents)} documents)");
        output.WriteLine();
        output.WriteLine("Claims (strict: kind, key, value and quote; value-agnostic: kind, key and quote)");
        var claims = new TextTable("KIND", "GOLD", "PREDICTED", "STRICT", "P", "R", "F1", "VALUE-AGNOSTIC", "P", "R", "F1");
        foreach (var row in report.Claims.ByKind.Append(report.Claims.Overall))
        {
            claims.Add(
                row.Kind,
                Count(row.Strict.Gold),
                Count(row.Strict.Predicted),
                Count(row.Strict.Matched),
                Score(row.Strict.Precision),
                Score(row.Strict.Recall),
                Score(row.Strict.F1),
                Count(row.ValueAgnostic.Matched),
                Score(row.ValueAgnostic.Precision),
                Score(row.ValueAgnostic.Recall),
                Score(row.ValueAgnostic.F1));
        }

        claims.Write(output);
        output.WriteLine($"Modality agrees on {CountOf(report.Claims.Modality.Agreeing, report.Claims.Modality.Compared)} of {Count(report.Claims.Modality.Compared)} matched claims; claimant on {CountOf(report.Claims.Claimant.Agreeing, report.Claims.Claimant.Compared)} of {Count(report.Claims.Claimant.Compared)}.");
        output.WriteLine();

        output.WriteLine("Conflicts");
        var conflicts = new TextTable("MATCHING", "GOLD", "PREDICTED", "MATCHED", "P", "R", "F1");
        foreach (var (name, score) in new[] { ("same kind", report.Conflicts.SameKind), ("any kind", report.Conflicts.AnyKind) })
        {
            conflicts.Add(name, Count(score.Gold), Count(score.Predicted), Count(score.Matched), Score(score.Precision), Score(score.Recall), Score(score.F1));
        }

        conflicts.Write(output);
        output.WriteLine($"False conflicts on gold non-conflicts: {Count(report.Conflicts.FalseConflicts.Count)}");
        foreach (var conflict in report.Conflicts.FalseConflicts)
        {
            output.WriteLine($"  {conflict.ConflictId} {Name(conflict.Kind)} \"{conflict.About}\" sets {string.Join(" against ", conflict.GoldClaims)}: {conflict.Note}");
        }

        output.WriteLine();
        var events = report.Events;
        output.WriteLine($"Events (B³ over {Count(events.Items)} matched claims): P {Score(events.Precision)}  R {Score(events.Recall)}  F1 {Score(events.F1)}");

        WriteList(output, "Wrong values", report.Claims.WrongValues, ["GOLD", "DOCUMENT", "EXPECTED", "PREDICTED", "QUOTE"], w => [w.GoldId, w.Document, w.Expected, w.Predicted, w.Quote]);
        WriteList(output, "Missed claims", report.Claims.Missed, ["GOLD", "DOCUMENT", "KIND", "VALUE", "QUOTE"], c => [c.Id, c.Document, c.Kind, c.Value, c.Quote]);
        WriteList(output, "Missed conflicts", report.Conflicts.Missed, ["GOLD", "KIND", "ABOUT", "CLAIMS"], c => [c.Id, Name(c.Kind), c.About, string.Join(", ", c.Claims)]);
        WriteList(output, "Look-alike spans extracted as claims", report.Claims.NonClaimsExtracted, ["DOCUMENT", "QUOTE", "PREDICTED", "WHY NOT A CLAIM"], n => [n.Document, n.Quote, n.Predicted, n.Note]);
        output.WriteLine();
        output.WriteLine($"Predicted claims matching no gold claim: {Count(report.Claims.Unmatched.Count)} (listed with --format json).");
    }

    private static void WriteList<T>(TextWriter output, string title, IReadOnlyList<T> items, string[] headers, Func<T, string[]> cells)
    {
        output.WriteLine();
        output.WriteLine($"{title} ({Count(items.Count)})");
        if (items.Count == 0)
        {
            return;
        }

        var table = new TextTable(headers);
        foreach (var item in items)
        {
            table.Add(cells(item));
        }

        table.Write(output);
    }
}
