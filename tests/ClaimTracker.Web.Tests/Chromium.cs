using Microsoft.Playwright;

namespace ClaimTracker.Web.Tests;

/// <summary>The system's chromium, launched offline by Playwright (it never downloads a browser of its own).</summary>
internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";
    public const string RequireVariable = "CLAIMTRACKER_REQUIRE_BROWSER";

    public static bool IsInstalled => File.Exists(ExecutablePath);

    public static bool IsRequired => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    public static string? SkipReason => IsInstalled || IsRequired
        ? null
        : $"No browser at {ExecutablePath}: install Debian's chromium (apt-get install -y chromium) to run the page tests; {RequireVariable}=1 makes its absence a failure.";

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!IsInstalled)
        {
            throw new InvalidOperationException($"{RequireVariable}=1, but there is no browser at {ExecutablePath}: apt-get install -y chromium.");
        }

        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }
}
