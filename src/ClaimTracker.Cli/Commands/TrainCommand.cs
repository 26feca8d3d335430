using System.CommandLine;
using ClaimTracker.Cli.Evaluation;
using ClaimTracker.Scoring;
using ClaimTracker.Serialization;

namespace ClaimTracker.Cli.Commands;

/// <summary>
/// <c>claimtracker train [--data dir] [--out dir] [--compare]</c>: retrains the check-worthiness and subjectivity
/// models from the labelled data with the fixed seed, prints how they score on data they never saw, and writes them.
/// Exits 0, or 2 when the data is missing.
/// </summary>
internal static class TrainCommand
{
    private const int UsageError = 2;

    public static Command Create()
    {
        var data = new Option<string?>("--data") { Description = "The training data folder (default: the clone's data/training, found by walking up to ClaimTracker.slnx)." };
        var output = new Option<string?>("--out") { Description = "Write check-worthiness.zip, subjectivity.zip and model-card.json here (default: write nothing)." };
        var compare = new Option<bool>("--compare") { Description = "First score every featurization and trainer (takes minutes)." };
        var format = FormatOption.Create();
        var command = new Command("train", "Retrain the sentence models from the labelled data with a fixed seed and print their held-out evaluation.")
        {
            data,
            output,
            compare,
            format,
        };
        command.SetAction(parse => Run(
            parse.GetValue(data) ?? FindData(),
            parse.GetValue(output),
            parse.GetValue(compare),
            parse.GetValue(format),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string? data, string? outputFolder, bool compare, OutputFormat format, TextWriter output, TextWriter error)
    {
        if (data is null || SentenceModelTrainer.DataFiles.Any(file => !File.Exists(Path.Combine(data, file))))
        {
            error.WriteLine($"train: no training data found{(data is null ? " (looked for data/training above the current folder)" : " in " + data)}; pass --data <dir> holding {string.Join(", ", SentenceModelTrainer.DataFiles)}.");
            return UsageError;
        }

        var trained = new SentenceModelTrainer(data).Train(compare, format == OutputFormat.Text ? error.WriteLine : null);
        if (outputFolder is not null)
        {
            trained.Save(outputFolder);
            error.WriteLine("wrote the models and model-card.json to " + outputFolder);
        }

        if (format == OutputFormat.Json)
        {
            output.WriteLine(ClaimTrackerJson.Serialize(trained.Report, indented: true));
        }
        else
        {
            TrainingReportWriter.Write(trained.Report, output);
        }

        return 0;
    }

    /// <summary>The clone's data/training folder, when there is one.</summary>
    private static string? FindData()
    {
        var data = RepositoryFolder.Find() is { } root ? Path.Combine(root, "data", "training") : null;
        return Directory.Exists(data) ? data : null;
    }
}
