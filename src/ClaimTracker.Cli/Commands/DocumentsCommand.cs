using System.CommandLine;
using System.Globalization;
using ClaimTracker.Documents;
using ClaimTracker.Serialization;
using ClaimTracker.Text;

namespace ClaimTracker.Cli.Commands;

/// <summary><c>claimtracker documents &lt;paths&gt;</c>: what loads, what is rejected and why.</summary>
internal static class DocumentsCommand
{
    public static Command Create()
    {
        var paths = PathsArgument.Create();
        var format = FormatOption.Create();
        var command = new Command("documents", "List the articles that load (source, date, sentences) and the inputs rejected, with the reason. Exits 1 when any input is rejected.")
        {
            paths,
            format,
        };
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(format), parse.InvocationConfiguration.Output));
        return command;
    }

    private static int Run(string[] paths, OutputFormat format, TextWriter output)
    {
        var batch = new DocumentLoader().LoadPaths(paths);
        var rows = batch.Documents
            .Select(d => new DocumentRow(d.Id, d.Source, d.Published, d.Title, SentenceSplitter.Default.Split(d.Text).Count, d.Text.Length))
            .ToList();
        if (format == OutputFormat.Json)
        {
            output.WriteLine(ClaimTrackerJson.Serialize(new { documents = rows, rejected = batch.Errors }, indented: true));
        }
        else
        {
            WriteText(rows, batch.Errors, output);
        }

        return batch.Errors.Count == 0 ? 0 : 1;
    }

    private static void WriteText(IReadOnlyList<DocumentRow> rows, IReadOnlyList<DocumentError> errors, TextWriter output)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Loaded {rows.Count} document(s); rejected {errors.Count}."));
        if (rows.Count > 0)
        {
            var table = new TextTable("ID", "SOURCE", "PUBLISHED", "SENTENCES", "CHARACTERS");
            foreach (var row in rows)
            {
                table.Add(
                    row.Id,
                    row.Source,
                    row.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown",
                    row.Sentences.ToString(CultureInfo.InvariantCulture),
                    row.Characters.ToString(CultureInfo.InvariantCulture));
            }

            table.Write(output);
        }

        if (errors.Count > 0)
        {
            output.WriteLine("Rejected:");
            foreach (var error in errors)
            {
                output.WriteLine($"  {error.Origin}: {error.Reason}");
            }
        }
    }

    private sealed record DocumentRow(string Id, string Source, DateOnly? Published, string? Title, int Sentences, int Characters);
}
