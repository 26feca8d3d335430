using System.Globalization;
using ClaimTracker.Scoring;
using ClaimTracker.Scoring.Training;
using Xunit.Abstractions;

namespace ClaimTracker.Tests.Scoring;

/// <summary>
/// Optional: the check-worthiness model ranks the CLEF-2019 CheckThat! Task 1 test debates and speeches, scored by mean
/// average precision as the task was (published best 0.166). The data is research-only, so it is read from
/// ../shared/data when present and never copied; without it the test says so and returns.
/// </summary>
public class ClefRankingTests(ITestOutputHelper output)
{
    private static readonly string Folder = RepositoryFiles.PathOf("..", "shared", "data", "clef2019-checkthat-task1", "test_annotated");

    [Fact]
    public void Ranking_the_clef_2019_test_files_gives_a_mean_average_precision_near_the_published_best()
    {
        if (!Directory.Exists(Folder))
        {
            output.WriteLine("skipped: no CLEF-2019 data at " + Folder);
            return;
        }

        var claimBuster = ClaimBusterReader.Read(RepositoryFiles.PathOf("data", "training", "claimbuster", "2.5xNCS.json"))
            .Select(s => s.Text.ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);
        var precisions = new List<double>();
        var overlap = 0;
        foreach (var file in Directory.GetFiles(Folder, "*.tsv").Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(file).Select(line => line.Split('\t')).Where(f => f.Length >= 4).ToArray();
            overlap += lines.Count(f => claimBuster.Contains(f[2].Trim().ToLowerInvariant()));
            var scores = SentenceScorer.Default.CheckWorthinessModel.Probabilities(lines.Select(f => f[2]).ToArray());
            var ranked = lines.Select((f, i) => (Positive: f[3].Trim() == "1", Score: scores[i], Line: i))
                .OrderByDescending(r => r.Score).ThenBy(r => r.Line).ToArray();
            var precision = AveragePrecision(ranked.Select(r => r.Positive).ToArray());
            precisions.Add(precision);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(file)}: AP {precision:0.000}"));
        }

        var map = precisions.Average();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"MAP {map:0.000} over {precisions.Count} files ({overlap} test lines also in ClaimBuster 2.5xNCS)"));
        map.Should().BeGreaterThan(0.14, "measured 0.152 when the shipped model was trained");
    }

    private static double AveragePrecision(IReadOnlyList<bool> ranked)
    {
        double hits = 0, sum = 0;
        for (var i = 0; i < ranked.Count; i++)
        {
            if (ranked[i])
            {
                hits++;
                sum += hits / (i + 1);
            }
        }

        return hits == 0 ? 0 : sum / hits;
    }
}
