using System.CommandLine;
using ClaimTracker.Cli.Evaluation;
using ClaimTracker.Scoring;
using ClaimTracker.Serialization;

namespace ClaimTracker.Cli.Commands;

/// <summary>
/// <c>claimtracker rank &lt;paths&gt; [--top N]</c>: each article's sentences by check-worthiness, highest first, as
/// ClaimBuster's API ranks them. Exits 0, or 2 when no article can be read.
/// </summary>
internal static class RankCommand
{
    public static Command Create()
    {
        var paths = PathsArgument.Create();
        var top = new Option<int?>("--top") { Description = "List at most this many sentences per article." };
        var format = FormatOption.Create();
        var command = new Command("rank", "List each article's sentences by check-worthiness, with their subjectivity.")
        {
            paths,
            top,
            format,
        };
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(top), parse.GetValue(format), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string[] paths, int? top, OutputFormat format, TextWriter output, TextWriter error)
    {
        if (top is < 1)
        {
            error.WriteLine("rank: --top takes a whole number of at least 1.");
            return 2;
        }

        var documents = ArticleInput.Load(paths, error);
        if (documents is null)
        {
            return 2;
        }

        var ranked = documents
            .Select(document => new RankedDocument(document.Id, SentenceScorer.Default.Rank(document.Text).Take(top ?? int.MaxValue).ToArray()))
            .ToArray();
        if (format == OutputFormat.Json)
        {
            output.WriteLine(ClaimTrackerJson.Serialize(new { documents = ranked }, indented: true));
            return 0;
        }

        foreach (var document in ranked)
        {
            output.WriteLine(document.Id);
            var table = new TextTable("RANK", "CHECK-WORTHY", "SUBJECTIVE", "SENTENCE");
            for (var i = 0; i < document.Sentences.Count; i++)
            {
                var sentence = document.Sentences[i];
                table.Add(ScoreFormat.Count(i + 1), ScoreFormat.Score(sentence.Score.CheckWorthiness), ScoreFormat.Score(sentence.Score.Subjectivity), sentence.Text);
            }

            table.Write(output);
            output.WriteLine();
        }

        return 0;
    }

    private sealed record RankedDocument(string Id, IReadOnlyList<RankedSentence> Sentences);
}
