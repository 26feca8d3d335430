using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ClaimTracker.Web.Tests;

/// <summary>
/// A browser page that records every dialog (an <c>alert</c> from injected script would open one), console error and
/// uncaught exception, so a test can assert that none happened; it also scans for accessibility and takes screenshots.
/// </summary>
internal sealed class WatchedPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _problems = [];

    private WatchedPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
    }

    public IPage Page { get; }

    public static async Task<WatchedPage> WatchAsync(IBrowserContext context)
    {
        var watched = new WatchedPage(context, await context.NewPageAsync());
        watched.Page.Dialog += async (_, dialog) =>
        {
            watched._problems.Add($"dialog: {dialog.Message}");
            await dialog.DismissAsync();
        };
        watched.Page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                watched._problems.Add($"console error: {message.Text}");
            }
        };
        watched.Page.PageError += (_, error) => watched._problems.Add($"page error: {error}");
        return watched;
    }

    /// <summary>No dialog opened, nothing was logged as an error and no script failed since the page opened.</summary>
    public void ShouldHaveRunCleanly() => _problems.Should().BeEmpty();

    /// <summary>axe finds no serious or critical violation on the page as it is now.</summary>
    public async Task ShouldBeAccessibleAsync()
    {
        var results = await Page.RunAxe();
        var severe = results.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Impact} {v.Id}: {v.Help} ({string.Join("; ", v.Nodes.Select(n => n.Html))})");
        severe.Should().BeEmpty();
    }

    /// <summary>Writes a screenshot (of the whole page, or of what is in view) to <c>artifacts/screenshots/{name}.png</c> at the repository root.</summary>
    public async Task ScreenshotAsync(string name, bool fullPage = true)
    {
        var folder = Path.Combine(RepositoryRoot(), "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = fullPage });
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();

    private static string RepositoryRoot()
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
