using Newtonsoft.Json;

namespace ClaimTracker.Resources;

/// <summary>Reads the JSON word lists, patterns and gazetteers embedded in this assembly.</summary>
internal static class EmbeddedData
{
    /// <summary>Deserializes the embedded resource at <paramref name="relativePath"/> (Folder/file.json, relative to the project).</summary>
    public static T Read<T>(string relativePath)
    {
        var name = "ClaimTracker." + relativePath;
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing from the build.");
        using var reader = new StreamReader(stream);
        using var json = new JsonTextReader(reader);
        return JsonSerializer.CreateDefault().Deserialize<T>(json)
            ?? throw new InvalidOperationException($"Embedded resource '{name}' is empty.");
    }
}
