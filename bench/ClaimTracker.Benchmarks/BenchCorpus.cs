using System.Text;
using ClaimTracker.Documents;

namespace ClaimTracker.Benchmarks;

/// <summary>
/// The real text the benchmarks read: the gva-dev articles when <c>../shared/data/gva-dev</c> lies beside the
/// repository (evaluation data, never copied into it), otherwise the seed articles every clone has.
/// </summary>
public sealed class BenchCorpus
{
    private static readonly Lazy<BenchCorpus> Shared = new(Load);

    private BenchCorpus(string name, IReadOnlyList<Document> documents)
    {
        Name = name;
        Documents = documents;
        Utf8Bytes = documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text));
    }

    /// <summary>The corpus of this machine, loaded once per process.</summary>
    public static BenchCorpus Default => Shared.Value;

    /// <summary>"gva-dev" or "seeds".</summary>
    public string Name { get; }

    public IReadOnlyList<Document> Documents { get; }

    /// <summary>The size of all texts in UTF-8, the unit MB/s is measured in (1 MB = 10^6 bytes).</summary>
    public long Utf8Bytes { get; }

    public static string RepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ClaimTracker.slnx")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("The benchmarks run inside a ClaimTracker clone (no ClaimTracker.slnx found above them).");
    }

    private static BenchCorpus Load()
    {
        var root = RepositoryRoot();
        var gva = Path.GetFullPath(Path.Combine(root, "..", "shared", "data", "gva-dev", "incidents"));
        var loader = new DocumentLoader();
        if (Directory.Exists(gva))
        {
            // Each incident folder holds its articles and a gold.json that is not an article.
            var files = Directory.EnumerateFiles(gva, "*.json", SearchOption.AllDirectories)
                .Where(f => !string.Equals(Path.GetFileName(f), "gold.json", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal);
            // An article reporting on two incidents appears in both folders; the tracker would keep it once.
            return new BenchCorpus("gva-dev", loader.LoadPaths(files).Documents.DistinctBy(d => d.Id, StringComparer.Ordinal).ToArray());
        }

        return new BenchCorpus("seeds", loader.LoadPaths([Path.Combine(root, "seeds")]).Documents);
    }
}
