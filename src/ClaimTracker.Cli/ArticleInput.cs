using ClaimTracker.Documents;

namespace ClaimTracker.Cli;

/// <summary>The articles a verb reads from its paths: every rejected input is named on stderr.</summary>
internal static class ArticleInput
{
    /// <summary>The documents read, or null (after saying so) when none could be read.</summary>
    public static IReadOnlyList<Document>? Load(string[] paths, TextWriter error)
    {
        var batch = new DocumentLoader().LoadPaths(paths);
        foreach (var rejected in batch.Errors)
        {
            Skipped(rejected, error);
        }

        if (batch.Documents.Count == 0)
        {
            NoneRead(error);
            return null;
        }

        return batch.Documents;
    }

    /// <summary>Names one rejected input and why.</summary>
    public static void Skipped(DocumentError rejected, TextWriter error) => error.WriteLine($"skipped {rejected.Origin}: {rejected.Reason}");

    /// <summary>Says that nothing could be read (the verb then exits with 2).</summary>
    public static void NoneRead(TextWriter error) => error.WriteLine("No article could be read.");
}
