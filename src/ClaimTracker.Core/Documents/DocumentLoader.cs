using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ClaimTracker.Documents;

/// <summary>
/// Reads articles from plain-text files (with an optional leading <c>date YYYY-MM-DD</c> line), JSON files
/// (<c>{"id", "source", "url", "published", "title", "text"}</c>) or strings. Inputs are untrusted: size, encoding
/// and content are checked, and a bad input yields a <see cref="DocumentError"/> naming it instead of an exception.
/// A folder may hold a <c>manifest.json</c> (an array of <c>{"file", "source", "published", "title", "url"}</c>)
/// that supplies what plain-text files cannot say themselves.
/// </summary>
public sealed class DocumentLoader
{
    /// <summary>The name of the optional per-folder file that describes the articles beside it.</summary>
    public const string ManifestFileName = "manifest.json";

    private const int MaxJsonDepth = 16;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly DocumentLoaderOptions _options;
    private readonly TextCleaner _cleaner;

    /// <summary>Creates a loader with the given limits, or the defaults.</summary>
    /// <param name="options">Limits and defaults; null for <see cref="DocumentLoaderOptions"/>' defaults.</param>
    public DocumentLoader(DocumentLoaderOptions? options = null)
    {
        _options = options ?? new DocumentLoaderOptions();
        _cleaner = TextCleaner.Default;
    }

    /// <summary>
    /// Loads every <c>.txt</c> and <c>.json</c> article named by <paramref name="paths"/>, descending into folders.
    /// The result lists the documents in path order and one error per input that could not be read.
    /// </summary>
    /// <param name="paths">Files and folders.</param>
    public DocumentBatch LoadPaths(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var documents = new List<Document>();
        var errors = new List<DocumentError>();
        foreach (var result in LoadEach(FindArticles(paths, errors)))
        {
            if (result.Success)
            {
                documents.Add(result.Document);
            }
            else
            {
                errors.Add(result.Error);
            }
        }

        return new DocumentBatch(documents, errors);
    }

    /// <summary>
    /// The <c>.txt</c> and <c>.json</c> article files named by <paramref name="paths"/>, descending into folders, in the
    /// order <see cref="LoadPaths"/> reads them. Only names are gathered: nothing is read yet.
    /// </summary>
    /// <param name="paths">Files and folders.</param>
    /// <param name="errors">Receives one error per path that names nothing, or per folder that cannot be read.</param>
    public IReadOnlyList<string> FindArticles(IEnumerable<string> paths, ICollection<DocumentError> errors)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(errors);
        return ExpandPaths(paths, errors).ToArray();
    }

    /// <summary>
    /// Reads <paramref name="files"/> one at a time, as the sequence is enumerated, so a corpus larger than memory can
    /// be processed article by article. Each result is a document or the reason its file was rejected; a folder's
    /// manifest is read once, when its first file is reached, and one that cannot be read is reported as a failed
    /// result before that file's.
    /// </summary>
    /// <param name="files">Article files, for example from <see cref="FindArticles"/>.</param>
    public IEnumerable<DocumentResult> LoadEach(IEnumerable<string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return Read(files);

        // A separate iterator, so a null argument throws at the call rather than at the first read.
        IEnumerable<DocumentResult> Read(IEnumerable<string> articles)
        {
            var manifests = new Dictionary<string, IReadOnlyDictionary<string, ManifestEntry>>(StringComparer.Ordinal);
            var manifestErrors = new List<DocumentError>();
            foreach (var file in articles)
            {
                var manifest = ManifestFor(file, manifests, manifestErrors);
                foreach (var error in manifestErrors)
                {
                    yield return DocumentResult.Fail(error.Origin, error.Reason);
                }

                manifestErrors.Clear();
                yield return LoadFile(file, manifest.GetValueOrDefault(Path.GetFileName(file)));
            }
        }
    }

    /// <summary>Builds a document from text already in memory (for example a request body).</summary>
    /// <param name="text">The raw article text; it is cleaned like a file's.</param>
    /// <param name="source">The outlet; required.</param>
    /// <param name="published">The publication date; when null, a leading date line in the text is used.</param>
    /// <param name="id">A stable id; when null, one is derived from the source and the text.</param>
    /// <param name="title">The headline, if known.</param>
    /// <param name="url">The article's address, if known.</param>
    public DocumentResult FromText(string text, string source, DateOnly? published = null, string? id = null, string? title = null, Uri? url = null)
    {
        const string origin = "text";
        if (text is null)
        {
            return DocumentResult.Fail(origin, "no text was given");
        }

        if (string.IsNullOrWhiteSpace(source))
        {
            return DocumentResult.Fail(origin, "no source was given");
        }

        if (Encoding.UTF8.GetByteCount(text) > _options.MaxFileBytes)
        {
            return DocumentResult.Fail(origin, $"the text is larger than the limit of {_options.MaxFileBytes} bytes");
        }

        return Build(origin, text, source.Trim(), published, id, title, url);
    }

    private DocumentResult LoadFile(string path, ManifestEntry? entry)
    {
        var bytes = ReadBytes(path, out var failure);
        if (bytes is null)
        {
            return DocumentResult.Fail(path, failure!);
        }

        if (bytes.Length == 0)
        {
            return DocumentResult.Fail(path, "the file is empty");
        }

        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            return DocumentResult.Fail(path, "the file looks binary (it contains NUL bytes)");
        }

        string content;
        try
        {
            content = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            return DocumentResult.Fail(path, $"the file is not valid UTF-8 (bad byte at offset {ex.Index})");
        }

        var stem = Path.GetFileNameWithoutExtension(path);
        var source = entry?.Source ?? _options.DefaultSource ?? Path.GetFileName(path);
        DateOnly? published = null;
        if (entry?.Published is { } manifestDate)
        {
            if (!TryParseDate(manifestDate, out var parsed))
            {
                return DocumentResult.Fail(path, $"{ManifestFileName} gives an unreadable date '{manifestDate}' (expected YYYY-MM-DD)");
            }

            published = parsed;
        }

        var url = TryParseUrl(entry?.Url);
        return string.Equals(Path.GetExtension(path), ".json", StringComparison.OrdinalIgnoreCase)
            ? FromJson(path, content, stem, source, published, entry?.Title, url)
            : Build(path, content, source, published, stem, entry?.Title, url);
    }

    private byte[]? ReadBytes(string path, out string? failure)
    {
        failure = null;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                failure = "no such file";
                return null;
            }

            if (info.Length > _options.MaxFileBytes)
            {
                failure = $"the file is {info.Length} bytes, over the limit of {_options.MaxFileBytes} bytes";
                return null;
            }

            return File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            failure = $"the file could not be read ({ex.Message})";
            return null;
        }
    }

    private DocumentResult FromJson(string origin, string content, string fallbackId, string fallbackSource, DateOnly? published, string? title, Uri? url)
    {
        JObject json;
        try
        {
            using var reader = new JsonTextReader(new StringReader(content)) { MaxDepth = MaxJsonDepth, DateParseHandling = DateParseHandling.None };
            json = JObject.Load(reader);
        }
        catch (JsonException ex)
        {
            return DocumentResult.Fail(origin, $"the file is not a JSON object ({ex.Message})");
        }

        if (json["text"] is not JValue { Type: JTokenType.String } textToken)
        {
            return DocumentResult.Fail(origin, "the JSON has no \"text\" string");
        }

        var publishedText = json.Value<string?>("published");
        if (publishedText is not null)
        {
            if (!TryParseDate(publishedText, out var parsed))
            {
                return DocumentResult.Fail(origin, $"\"published\" is not a date: '{publishedText}' (expected YYYY-MM-DD)");
            }

            published = parsed;
        }

        return Build(
            origin,
            (string)textToken!,
            json.Value<string?>("source") ?? fallbackSource,
            published,
            json.Value<string?>("id") ?? fallbackId,
            json.Value<string?>("title") ?? title,
            TryParseUrl(json.Value<string?>("url")) ?? url);
    }

    private DocumentResult Build(string origin, string raw, string source, DateOnly? published, string? id, string? title, Uri? url)
    {
        var cleaned = _cleaner.Clean(raw);
        if (cleaned.Text.Length == 0)
        {
            return DocumentResult.Fail(origin, "there is no article text (empty after cleaning)");
        }

        var documentId = string.IsNullOrWhiteSpace(id) ? ContentId(source, cleaned.Text) : id.Trim();
        return DocumentResult.Ok(new Document(documentId, source, url, published ?? cleaned.HeaderDate, title, cleaned.Text));
    }

    /// <summary>A short, stable id for an article that arrived without one: the same source and text give the same id.</summary>
    private static string ContentId(string source, string text)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(source + "\n" + text));
        return Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }

    private static bool TryParseDate(string text, out DateOnly date)
    {
        var trimmed = text.Trim();
        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
        {
            date = DateOnly.FromDateTime(moment.Date);
            return true;
        }

        return false;
    }

    private static Uri? TryParseUrl(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri : null;

    private static IEnumerable<string> ExpandPaths(IEnumerable<string> paths, ICollection<DocumentError> errors)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in EnumerateArticles(path, errors))
                {
                    files.Add(file);
                }
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                errors.Add(new DocumentError(path, "no such file or folder"));
            }
        }

        return files;
    }

    private static IEnumerable<string> EnumerateArticles(string folder, ICollection<DocumentError> errors)
    {
        try
        {
            return Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                .Where(f => !string.Equals(Path.GetFileName(f), ManifestFileName, StringComparison.OrdinalIgnoreCase))
                .ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Add(new DocumentError(folder, $"the folder could not be read ({ex.Message})"));
            return [];
        }
    }

    private IReadOnlyDictionary<string, ManifestEntry> ManifestFor(
        string file, Dictionary<string, IReadOnlyDictionary<string, ManifestEntry>> cache, List<DocumentError> errors)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".";
        if (cache.TryGetValue(folder, out var known))
        {
            return known;
        }

        var entries = ReadManifest(Path.Combine(folder, ManifestFileName), errors);
        cache[folder] = entries;
        return entries;
    }

    private IReadOnlyDictionary<string, ManifestEntry> ReadManifest(string path, List<DocumentError> errors)
    {
        var empty = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return empty;
        }

        var bytes = ReadBytes(path, out var failure);
        if (bytes is null)
        {
            errors.Add(new DocumentError(path, $"the manifest could not be read, so its folder's files load without it ({failure})"));
            return empty;
        }

        try
        {
            using var reader = new JsonTextReader(new StringReader(StrictUtf8.GetString(bytes))) { MaxDepth = MaxJsonDepth, DateParseHandling = DateParseHandling.None };
            var list = JsonSerializer.CreateDefault().Deserialize<List<ManifestEntry>>(reader) ?? [];
            return list.GroupBy(e => e.File, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        }
        catch (Exception ex) when (ex is JsonException or DecoderFallbackException)
        {
            errors.Add(new DocumentError(path, $"the manifest could not be read, so its folder's files load without it ({ex.Message})"));
            return empty;
        }
    }
}
