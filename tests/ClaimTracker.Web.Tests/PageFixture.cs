using System.Net;
using System.Text;
using ClaimTracker.Api.Tests;
using Microsoft.Playwright;
using Newtonsoft.Json.Linq;

namespace ClaimTracker.Web.Tests;

/// <summary>
/// The real server process on a fresh store holding the seed articles, and one headless chromium, shared by the page
/// tests; each test opens its own browser context.
/// </summary>
public sealed class PageFixture : IAsyncLifetime
{
    private readonly TempStore _store = new();
    private ServerProcess? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    internal ServerProcess Server => _server ?? throw new InvalidOperationException("The server has not started.");

    public async Task InitializeAsync()
    {
        if (Chromium.SkipReason is not null)
        {
            return;
        }

        // Waits are for the page, not for a deadline: a busy 2-core CI machine can take longer than Playwright's 5 s.
        Assertions.SetDefaultExpectTimeout(15_000);

        // The browser first: when it is required but missing, that fails before a server is left running.
        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
        _server = await ServerProcess.StartAsync(_store.Path);
        var seeds = await _server.Client.PostAsync("/api/v1/documents:batch", new StringContent(SeedArticles().ToString(), Encoding.UTF8, "application/json"));
        seeds.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.StopAsync();
            _server.Dispose();
        }

        _store.Dispose();
    }

    /// <summary>Opens the page at a route (such as <c>#/add</c>) in a new context of the given width, on the shared server or another.</summary>
    internal async Task<WatchedPage> OpenAsync(string route = "", int width = 1280, int height = 900, ServerProcess? server = null)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = (server ?? Server).Address.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        var page = await WatchedPage.WatchAsync(context);
        await page.Page.GotoAsync("/" + route);
        await page.Page.Locator("main h1").First.WaitForAsync();
        return page;
    }

    /// <summary>
    /// Another server, on an empty store, that takes writes only with the given key. The key travels in the environment
    /// (the configuration reads <c>ClaimTracker__ApiKeys__0</c>); the page tests run one at a time, so no other start sees it.
    /// </summary>
    internal static async Task<ServerProcess> StartWithKeyAsync(string storePath, string key)
    {
        const string variable = "ClaimTracker__ApiKeys__0";
        Environment.SetEnvironmentVariable(variable, key);
        try
        {
            return await ServerProcess.StartAsync(storePath);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    /// <summary>The seeds as the API takes them, with the source and date of their manifest.</summary>
    private static JArray SeedArticles()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "seeds");
        return new JArray(JArray.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json"))).Select(entry => new JObject
        {
            ["id"] = Path.GetFileNameWithoutExtension((string)entry["file"]!),
            ["source"] = entry["source"],
            ["published"] = entry["published"],
            ["text"] = File.ReadAllText(Path.Combine(folder, (string)entry["file"]!)),
        }));
    }
}

/// <summary>The page tests share one server and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class PageCollection : ICollectionFixture<PageFixture>
{
    public const string Name = "page";
}
