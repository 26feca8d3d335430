using ClaimTracker.Documents;

namespace ClaimTracker.Tests.Packaging;

/// <summary>
/// The five-line example of README.md and of the package README (PACKAGE.md), run as written. It reads the folder
/// "articles" and prints to the console, so it runs alone: nothing else may change the directory or the console.
/// </summary>
[Collection(nameof(ReadmeExampleTests))]
[CollectionDefinition(nameof(ReadmeExampleTests), DisableParallelization = true)]
public class ReadmeExampleTests
{
    private static readonly string[] ExampleUsings = ["using ClaimTracker;", "using ClaimTracker.Documents;"];

    [Fact]
    public void The_readme_and_the_package_readme_show_the_example_this_test_runs()
    {
        var readme = FirstCSharpBlockAfter(RepositoryFiles.PathOf("README.md"), "### From .NET code");
        var package = FirstCSharpBlockAfter(RepositoryFiles.PathOf("src", "ClaimTracker.Core", "PACKAGE.md"), "## Five lines");
        var test = File.ReadAllLines(RepositoryFiles.PathOf("tests", "ClaimTracker.Core.Tests", "Packaging", "ReadmeExampleTests.cs"));
        var ran = test
            .SkipWhile(l => l.Trim() != "// The example, as written").Skip(1)
            .TakeWhile(l => l.Trim() != "// End of the example")
            .Select(l => l[12..]);

        package.Should().Equal(readme);
        readme.Should().Equal([.. ExampleUsings, "", .. ran]);
    }

    [Fact]
    public void The_example_prints_the_conflict_between_two_articles()
    {
        var folder = Directory.CreateTempSubdirectory("claimtracker-example-");
        var articles = folder.CreateSubdirectory("articles");
        File.WriteAllText(Path.Combine(articles.FullName, "tribune.txt"),
            "date 2025-06-14\nThree people were killed when a car bomb exploded in Lyon on Friday, police said.\n");
        File.WriteAllText(Path.Combine(articles.FullName, "daily.txt"),
            "date 2025-06-15\nFive people were killed when a car bomb exploded in Lyon on Friday.\n");
        var directory = Environment.CurrentDirectory;
        var console = Console.Out;
        using var output = new StringWriter();
        try
        {
            Environment.CurrentDirectory = folder.FullName;
            Console.SetOut(output);

            // The example, as written
            var tracker = new Tracker();
            tracker.Add(new DocumentLoader().LoadPaths(["articles"]).Documents);
            foreach (var conflict in tracker.Analyze().Conflicts)
                Console.WriteLine($"{conflict.Kind} on {conflict.About}: {conflict.Explanation}");
            // End of the example
        }
        finally
        {
            Console.SetOut(console);
            Environment.CurrentDirectory = directory;
            folder.Delete(recursive: true);
        }

        output.ToString().Should().StartWith("NumericMismatch on people killed: ").And.Contain("3").And.Contain("5");
    }

    private static string[] FirstCSharpBlockAfter(string path, string heading) =>
        File.ReadAllLines(path)
            .SkipWhile(l => l != heading)
            .SkipWhile(l => l != "```csharp").Skip(1)
            .TakeWhile(l => l != "```")
            .ToArray();
}
