namespace ClaimTracker.Tests;

/// <summary>Files of the repository the tests run in (the gold sets), found above the test assembly.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ClaimTracker.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The test assembly is not inside the repository (no ClaimTracker.slnx above it).");
    }
}
