using ClaimTracker.Evaluation;
using static ClaimTracker.Cli.Evaluation.ScoreFormat;

namespace ClaimTracker.Cli.Evaluation;

/// <summary>Prints a <see cref="HedgeReport"/> for people, beside the published reference figure.</summary>
internal static class HedgeReportWriter
{
    public static void Write(HedgeReport report, TextWriter output)
    {
        var score = report.Uncertain;
        output.WriteLine($"Hedge detection by the modality rules: {Count(report.Sentences)} sentences, {Count(score.Gold)} uncertain ({report.Path})");
        output.WriteLine();
        output.WriteLine("Uncertain sentences (sentence level: any modality cue against any annotated cue)");
        output.WriteLine($"  P {Score(score.Precision)}  R {Score(score.Recall)}  F1 {Score(score.F1)}  ({Count(score.Matched)} found of {Count(score.Predicted)} flagged)");
        output.WriteLine("  Rough reference only: Morante et al. 2010, a trained SVM, F 0.57 / P 0.81 / R 0.44 on the original");
        output.WriteLine("  CoNLL-2010 Wikipedia weasel annotation and its official test split, not on this re-annotated, unsplit file.");
        output.WriteLine();
        output.WriteLine("Annotated cues of the missed uncertain sentences (candidates for Claims/Extraction/modality.json)");
        WriteCues(report.MissedCues, output);
        output.WriteLine();
        output.WriteLine("Rule cues that fired in sentences annotated certain");
        WriteCues(report.FalseCues, output);
    }

    private static void WriteCues(IReadOnlyList<CueCount> cues, TextWriter output)
    {
        var table = new TextTable("CUE", "SENTENCES");
        foreach (var cue in cues)
        {
            table.Add(cue.Cue, Count(cue.Count));
        }

        table.Write(output);
    }
}
