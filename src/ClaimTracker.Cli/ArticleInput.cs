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
            error.WriteLine($"skipped {rejected.Origin}: {rejected.Reason}");
        }

        if (batch.Documents.Count == 0)
        {
            error.WriteLine("No article could be read.");
            return null;
        }

        return batch.Documents;
    }
}
