using ClaimTracker.Evaluation;

namespace ClaimTracker.Tests.Evaluation;

/// <summary>
/// Holds the whole pipeline's measured quality on the gold sets (see the README) above floors a little below what
/// was measured, so a change that loses claims or invents conflicts fails here. The scores come from the same
/// evaluator as <c>claimtracker evaluate</c>.
/// </summary>
public class GoldRegressionTests
{
    private static readonly Dictionary<string, GoldReport> Reports = new(StringComparer.Ordinal);

    public static TheoryData<string, string, double, double> ClaimFloors => new()
    {
        // gold file, kind, minimum strict precision, minimum strict recall
        { "seeds.json", "all", 0.85, 0.80 },
        { "seeds.json", "weaponCount", 0.95, 0.95 },
        { "seeds.json", "casualties", 0.80, 0.70 },
        { "seeds.json", "eventDate", 0.80, 0.80 },
        { "seeds.json", "attribution", 0.90, 0.85 },
        { "seeds.json", "stance", 0.65, 0.60 },
        { "articles.json", "all", 0.95, 0.90 },
        { "articles.json", "weaponCount", 0.95, 0.95 },
        { "articles.json", "casualties", 0.95, 0.95 },
        { "articles.json", "eventDate", 0.95, 0.82 },
        { "articles.json", "attribution", 0.85, 0.80 },
        { "articles.json", "stance", 0.90, 0.88 },
    };

    [Theory]
    [MemberData(nameof(ClaimFloors))]
    public void Claim_precision_and_recall_stay_above_their_floors(string goldFile, string kind, double precision, double recall)
    {
        var report = Evaluate(goldFile);
        var score = kind == "all" ? report.Claims.Overall : report.Claims.ByKind.Single(k => k.Kind == kind);

        score.Strict.Precision.Should().BeGreaterThanOrEqualTo(precision, $"{kind} precision on {goldFile}");
        score.Strict.Recall.Should().BeGreaterThanOrEqualTo(recall, $"{kind} recall on {goldFile}");
    }

    [Theory]
    [InlineData("seeds.json", 1.0, 1.0)]
    [InlineData("articles.json", 0.85, 0.85)]
    public void Conflicts_are_found_and_none_is_invented_on_a_non_conflict(string goldFile, double precision, double recall)
    {
        var report = Evaluate(goldFile);

        report.Conflicts.FalseConflicts.Should().BeEmpty();
        report.Conflicts.SameKind.Precision.Should().BeGreaterThanOrEqualTo(precision);
        report.Conflicts.SameKind.Recall.Should().BeGreaterThanOrEqualTo(recall);
    }

    private static GoldReport Evaluate(string goldFile)
    {
        lock (Reports)
        {
            if (!Reports.TryGetValue(goldFile, out var report))
            {
                var gold = GoldSetReader.Read(RepositoryFiles.PathOf("tests", "gold", goldFile));
                gold.Problems.Should().BeEmpty();
                report = GoldEvaluator.Evaluate(gold.Value!, Tracker.AnalyzeAll);
                Reports[goldFile] = report;
            }

            return report;
        }
    }
}
