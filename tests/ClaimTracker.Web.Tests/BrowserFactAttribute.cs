namespace ClaimTracker.Web.Tests;

/// <summary>
/// A test that needs Debian's chromium: skipped with the reason when it is missing, so a newcomer's <c>dotnet test</c>
/// stays green, unless <c>CLAIMTRACKER_REQUIRE_BROWSER=1</c> (as in CI) makes its absence a failure.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
