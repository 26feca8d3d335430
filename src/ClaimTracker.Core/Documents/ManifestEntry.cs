using Newtonsoft.Json;

namespace ClaimTracker.Documents;

/// <summary>
/// What a folder's <c>manifest.json</c> says about one of its files. A manifest is a JSON array of these; it lets
/// plain-text articles carry a source name, date, title and URL without touching the article file.
/// </summary>
internal sealed record ManifestEntry(
    [property: JsonProperty("file", Required = Required.Always)] string File,
    [property: JsonProperty("source")] string? Source,
    [property: JsonProperty("published")] string? Published,
    [property: JsonProperty("title")] string? Title,
    [property: JsonProperty("url")] string? Url);
