namespace ClaimTracker.Tests;

/// <summary>The seed articles, copied beside the test assembly by the project file.</summary>
internal static class SeedFiles
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "seeds");

    public static string PathOf(string fileName) => Path.Combine(Folder, fileName);
}
