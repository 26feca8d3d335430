using System.Globalization;
using ClaimTracker.Documents;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ClaimTracker.Evaluation;

/// <summary>
/// The gva-dev data set: <c>incidents/&lt;id&gt;/</c> folders, each with article JSON files and a <c>gold.json</c>
/// (<c>{"incident", "killed", "injured", …}</c>) holding GVA's final figures.
/// </summary>
public sealed class GvaCorpus
{
    private GvaCorpus(string folder, IReadOnlyList<GvaIncident> incidents)
    {
        Folder = folder;
        Incidents = incidents;
    }

    /// <summary>The folder it was read from.</summary>
    public string Folder { get; }

    internal IReadOnlyList<GvaIncident> Incidents { get; }

    /// <summary>
    /// Reads the incidents under <paramref name="folder"/> (the data set root holding <c>incidents/</c>, or that
    /// folder itself) in ordinal order of their ids. Incidents without a readable gold file or article are skipped
    /// and reported; the corpus is unusable when the folder is missing or no incident can be read.
    /// </summary>
    /// <param name="folder">The data set folder.</param>
    /// <param name="limit">Read at most this many incidents; null for all.</param>
    public static LoadResult<GvaCorpus> Read(string folder, int? limit = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            return new LoadResult<GvaCorpus>(null, [$"{folder}: no such folder (expected the gva-dev data set with incidents/<id>/gold.json)"]);
        }

        var root = Directory.Exists(Path.Combine(folder, "incidents")) ? Path.Combine(folder, "incidents") : folder;
        var problems = new List<string>();
        var incidents = new List<GvaIncident>();
        var loader = new DocumentLoader();
        foreach (var directory in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
        {
            if (limit is { } most && incidents.Count >= most)
            {
                break;
            }

            if (ReadIncident(directory, loader, problems) is { } incident)
            {
                incidents.Add(incident);
            }
        }

        if (incidents.Count == 0)
        {
            problems.Insert(0, $"{folder}: no incident could be read (expected incidents/<id>/gold.json beside article JSON files)");
            return new LoadResult<GvaCorpus>(null, problems);
        }

        return new LoadResult<GvaCorpus>(new GvaCorpus(folder, incidents), problems);
    }

    private static GvaIncident? ReadIncident(string directory, DocumentLoader loader, List<string> problems)
    {
        var id = Path.GetFileName(directory);
        var goldPath = Path.Combine(directory, "gold.json");
        if (!TryReadGold(goldPath, out var killed, out var injured, out var failure))
        {
            problems.Add($"{goldPath}: skipped the incident, {failure}");
            return null;
        }

        var articles = Directory.EnumerateFiles(directory, "*.json")
            .Where(f => !string.Equals(Path.GetFileName(f), "gold.json", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        var batch = loader.LoadPaths(articles);
        problems.AddRange(batch.Errors.Select(e => e.ToString()));
        if (batch.Documents.Count == 0)
        {
            problems.Add($"{directory}: skipped the incident, no article could be read");
            return null;
        }

        var documents = batch.Documents.Select(d => d with { Id = id + "/" + d.Id }).ToList();
        return new GvaIncident(id, killed, injured, documents);
    }

    private static bool TryReadGold(string path, out int killed, out int injured, out string? failure)
    {
        killed = injured = 0;
        failure = null;
        if (!File.Exists(path))
        {
            failure = "no gold.json";
            return false;
        }

        try
        {
            using var reader = new JsonTextReader(new StringReader(File.ReadAllText(path))) { MaxDepth = 8 };
            var gold = JObject.Load(reader);
            if (gold["killed"] is JValue { Type: JTokenType.Integer } k && gold["injured"] is JValue { Type: JTokenType.Integer } i)
            {
                killed = Convert.ToInt32(k.Value, CultureInfo.InvariantCulture);
                injured = Convert.ToInt32(i.Value, CultureInfo.InvariantCulture);
                return (killed >= 0 && injured >= 0) || Fail("'killed' and 'injured' cannot be negative", out failure);
            }

            return Fail("'killed' and 'injured' must be whole numbers", out failure);
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException or OverflowException)
        {
            return Fail($"unreadable ({ex.Message})", out failure);
        }
    }

    private static bool Fail(string reason, out string? failure)
    {
        failure = reason;
        return false;
    }
}
