using System.Globalization;
using ClaimTracker.Documents;

namespace ClaimTracker.Evaluation;

/// <summary>
/// The ECB+ subset in <c>../shared/data/ecbplus</c>: <c>text/&lt;topic&gt;/&lt;topic&gt;_&lt;n&gt;ecb.txt</c> and
/// <c>…ecbplus.txt</c>, one sentence per line as <c>[sentence number] tokens…</c>. The <c>ecb</c> and <c>ecbplus</c>
/// documents of a topic report two different real events of the same type; sentence 0 of an ecbplus file is its
/// source URL and is left out.
/// </summary>
public sealed class EcbCorpus
{
    private EcbCorpus(string folder, IReadOnlyList<EcbDocument> documents)
    {
        Folder = folder;
        Documents = documents;
    }

    /// <summary>The folder it was read from.</summary>
    public string Folder { get; }

    internal IReadOnlyList<EcbDocument> Documents { get; }

    /// <summary>
    /// Reads the topics under <paramref name="folder"/> (the data set root holding <c>text/</c>, or that folder
    /// itself) in numeric topic order. Unreadable files are skipped and reported.
    /// </summary>
    /// <param name="folder">The data set folder.</param>
    /// <param name="limit">Read at most this many topics; null for all.</param>
    public static LoadResult<EcbCorpus> Read(string folder, int? limit = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            return new LoadResult<EcbCorpus>(null, [$"{folder}: no such folder (expected the ecbplus data set with text/<topic>/<file>.txt)"]);
        }

        var root = Directory.Exists(Path.Combine(folder, "text")) ? Path.Combine(folder, "text") : folder;
        var topics = Directory.EnumerateDirectories(root)
            .Select(d => Path.GetFileName(d))
            .Where(name => name.Length > 0 && name.All(char.IsAsciiDigit))
            .OrderBy(name => name.Length)
            .ThenBy(name => name, StringComparer.Ordinal)
            .Take(limit ?? int.MaxValue);
        var problems = new List<string>();
        var documents = new List<EcbDocument>();
        var loader = new DocumentLoader();
        foreach (var topic in topics)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, topic), "*.txt").Order(StringComparer.Ordinal))
            {
                if (ReadDocument(topic, file, loader, problems) is { } document)
                {
                    documents.Add(document);
                }
            }
        }

        if (documents.Count == 0)
        {
            problems.Insert(0, $"{folder}: no document could be read (expected text/<topic>/<topic>_<n>ecb.txt and …ecbplus.txt)");
            return new LoadResult<EcbCorpus>(null, problems);
        }

        return new LoadResult<EcbCorpus>(new EcbCorpus(folder, documents), problems);
    }

    private static EcbDocument? ReadDocument(string topic, string file, DocumentLoader loader, List<string> problems)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        var subtopic = name.EndsWith("ecbplus", StringComparison.Ordinal) ? "ecbplus" : name.EndsWith("ecb", StringComparison.Ordinal) ? "ecb" : null;
        if (subtopic is null)
        {
            problems.Add($"{file}: skipped, the name ends neither in 'ecb' nor in 'ecbplus'");
            return null;
        }

        string[] lines;
        try
        {
            lines = File.ReadAllLines(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add($"{file}: skipped, unreadable ({ex.Message})");
            return null;
        }

        var sentences = lines.Select(ParseLine).Where(s => s.Text.Length > 0 && !(subtopic == "ecbplus" && s.Number == 0)).Select(s => s.Text);
        var result = loader.FromText(string.Join('\n', sentences), source: "ECB+ " + name, id: name);
        if (!result.Success)
        {
            problems.Add($"{file}: skipped, {result.Error.Reason}");
            return null;
        }

        return new EcbDocument(topic, topic + "/" + subtopic, result.Document);
    }

    private static (int Number, string Text) ParseLine(string line)
    {
        var close = line.IndexOf(']', StringComparison.Ordinal);
        if (!line.StartsWith('[') || close < 0 || !int.TryParse(line.AsSpan(1, close - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return (-1, EcbTokenText.Join(line));
        }

        return (number, EcbTokenText.Join(line[(close + 1)..]));
    }
}
