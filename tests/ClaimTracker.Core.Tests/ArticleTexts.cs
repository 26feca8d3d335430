namespace ClaimTracker.Tests;

/// <summary>The texts of the seed articles and of our own gold articles, in file order: real article phrasing for tests that compare two paths.</summary>
internal static class ArticleTexts
{
    public static IEnumerable<string> SeedsAndGoldArticles() =>
        Directory.EnumerateFiles(SeedFiles.Folder, "*.txt").Order(StringComparer.Ordinal)
            .Concat(Directory.EnumerateFiles(RepositoryFiles.PathOf("tests", "gold", "articles"), "*.txt").Order(StringComparer.Ordinal))
            .Select(File.ReadAllText);
}
