namespace ClaimTracker.Api.Tests;

/// <summary>A SQLite store file in a folder of its own under the temp folder, deleted with the folder on dispose.</summary>
public sealed class TempStore : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "claimtracker-api-tests", Guid.NewGuid().ToString("N"), "store.db");

    public void Dispose()
    {
        var folder = System.IO.Path.GetDirectoryName(Path)!;
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A file still held open is left to the system's temp cleanup rather than failing the test.
        }
    }
}
