namespace ClaimTracker.Cli;

/// <summary>The clone the command runs in, found from the current folder or from the built program's folder.</summary>
internal static class RepositoryFolder
{
    /// <summary>The nearest folder holding <c>ClaimTracker.slnx</c>, or null outside a clone.</summary>
    public static string? Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "ClaimTracker.slnx")))
                {
                    return folder.FullName;
                }
            }
        }

        return null;
    }
}
