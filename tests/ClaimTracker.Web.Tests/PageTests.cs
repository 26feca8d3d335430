using Microsoft.Playwright;
using Newtonsoft.Json.Linq;
using static Microsoft.Playwright.Assertions;

namespace ClaimTracker.Web.Tests;

/// <summary>The page as a fact-checker uses it, in a real browser against the real server holding the seeds.</summary>
[Collection(PageCollection.Name)]
public sealed class PageTests(PageFixture fixture)
{
    [BrowserFact]
    public async Task The_events_list_puts_the_most_contested_event_first_and_filters_by_severity()
    {
        await using var page = await fixture.OpenAsync();
        var rows = page.Page.Locator("table.events tbody tr");

        await Expect(rows.First).ToContainTextAsync("drone strike — Nakhchivan");
        await page.ShouldBeAccessibleAsync();
        await page.ScreenshotAsync("events");

        var soft = JObject.Parse(await fixture.Server.Client.GetStringAsync("/api/v1/conflicts?severity=soft&limit=500"));
        var softEvents = soft["items"]!.Select(c => (string)c["eventId"]!).Distinct().Count();
        await page.Page.GetByLabel("Severity").SelectOptionAsync("soft");
        await Expect(rows).ToHaveCountAsync(softEvents);
        await Expect(page.Page).ToHaveURLAsync(new Uri(fixture.Server.Address, "/#/events?severity=soft").ToString());
        page.ShouldHaveRunCleanly();
    }

    [BrowserFact]
    public async Task The_drone_strike_shows_the_contested_drones_and_injured_with_both_quotes_and_a_stance_timeline()
    {
        await using var page = await fixture.OpenAsync();
        await page.Page.GetByRole(AriaRole.Link, new() { Name = "drone strike — Nakhchivan" }).ClickAsync();
        await Expect(page.Page.Locator("h1")).ToContainTextAsync("drone strike — Nakhchivan");

        var injured = Quantity(page.Page, "people injured");
        await Expect(Row(injured, "“two civilians were injured”")).ToContainTextAsync("lowest");
        var four = Row(injured, "“Four civilians were reportedly wounded”").Locator("th");
        await Expect(four).ToContainTextAsync("4");
        await Expect(four).ToContainTextAsync("highest");
        await Expect(four).ToContainTextAsync("latest");
        var drones = Quantity(page.Page, "drones");
        await Expect(Row(drones, "“Two drones launched from Iranian territory struck”").Locator("th")).ToHaveTextAsync("2 hit lowest");
        await Expect(Row(drones, "“four UAVs from the armed forces of the Islamic Republic of Iran were directed”").Locator("th")).ToContainTextAsync("4 launched");

        var stances = page.Page.Locator(".timeline", new() { Has = page.Page.GetByRole(AriaRole.Heading, new() { Name = "Iran's stance" }) });
        await Expect(stances.Locator("li strong").First).ToBeVisibleAsync();
        (await stances.Locator("li strong").AllInnerTextsAsync()).Should().Contain(["denial", "acknowledgment"]);
        (await stances.Locator("li time").AllInnerTextsAsync()).Should().BeInAscendingOrder(StringComparer.Ordinal);
        await Expect(page.Page.Locator(".columns .column h3")).ToContainTextAsync(["Iran", "Israel"]);
        await page.ShouldBeAccessibleAsync();
        await page.ScreenshotAsync("event");
        page.ShouldHaveRunCleanly();
    }

    [BrowserFact]
    public async Task A_quote_leads_to_its_article_with_the_quote_highlighted_in_context()
    {
        await using var page = await fixture.OpenAsync();
        await page.Page.GetByRole(AriaRole.Link, new() { Name = "drone strike — Nakhchivan" }).ClickAsync();
        await Row(Quantity(page.Page, "people injured"), "“two civilians were injured”").GetByRole(AriaRole.Link).ClickAsync();

        var mark = page.Page.Locator(".article-text mark");
        await Expect(mark).ToHaveTextAsync("two civilians were injured");
        await Expect(mark).ToBeFocusedAsync();
        await Expect(page.Page.Locator(".article-text")).ToContainTextAsync("while reports indicate that two civilians were injured.");
        await Expect(page.Page.Locator("h1")).ToHaveTextAsync("News.Az");
        await page.ShouldBeAccessibleAsync();
        await page.ScreenshotAsync("document", fullPage: false);
        page.ShouldHaveRunCleanly();
    }

    [BrowserFact]
    public async Task An_article_added_through_the_form_shows_its_claims_and_the_conflict_it_creates()
    {
        await using var page = await fixture.OpenAsync("#/add");
        await Expect(page.Page.GetByLabel("API key")).ToBeHiddenAsync();
        await page.ShouldBeAccessibleAsync();
        await AddAsync(page.Page, "Kherson Daily", "2025-07-02", null, "Russian drones struck Kherson on Monday. Two civilians were injured in the attack, Kherson Daily reported.");
        await Expect(page.Page.Locator("#result-title")).ToHaveTextAsync("Added: Kherson Daily");

        await AddAsync(page.Page, "Odesa Courier", "2025-07-03", null, "Russian drones struck Kherson on Monday. Five civilians were injured in the attack, Odesa Courier reported.");

        await Expect(page.Page.Locator("#result-title")).ToHaveTextAsync("Added: Odesa Courier");
        await Expect(page.Page.GetByRole(AriaRole.Link, new() { Name = "“Five civilians were injured”" })).ToBeVisibleAsync();
        await Expect(page.Page.Locator("ul.conflicts li")).ToContainTextAsync("people injured: 2 (Kherson Daily");
        await Expect(page.Page.Locator("ul.conflicts li")).ToContainTextAsync("vs 5 (Odesa Courier");
        await page.ShouldBeAccessibleAsync();
        await page.ScreenshotAsync("add");
        page.ShouldHaveRunCleanly();
    }

    [BrowserFact]
    public async Task Markup_in_an_article_is_shown_as_text_and_never_runs()
    {
        const string script = "<script>alert(1)</script>";
        const string image = "<img src=x onerror=alert(1)>";
        await using var page = await fixture.OpenAsync("#/add");

        // Tags in the body are stripped on ingest; escaped ones are decoded into text, which is what must stay text.
        await AddAsync(page.Page, $"{script} Wire", "2025-08-04", $"{image} Strike",
            $"Russian drones struck Sumy on Friday. {script} Three civilians were injured in the attack, officials said. &lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;");
        await Expect(page.Page.Locator("#result-title")).ToHaveTextAsync($"Added: {image} Strike");
        await ShouldShowAsTextAsync(page.Page);

        await page.Page.GetByRole(AriaRole.Link, new() { Name = "Read the stored article" }).ClickAsync();
        await Expect(page.Page.Locator("h1")).ToHaveTextAsync($"{image} Strike");
        await Expect(page.Page.Locator(".facts")).ToContainTextAsync($"{script} Wire");
        await Expect(page.Page.Locator(".article-text")).ToContainTextAsync($"{script} {image}");
        await ShouldShowAsTextAsync(page.Page);
        await page.ScreenshotAsync("markup-as-text");

        await page.Page.GetByRole(AriaRole.Link, new() { Name = "— Sumy" }).ClickAsync();
        await Expect(page.Page.Locator("h1")).ToContainTextAsync("Sumy");
        await Expect(page.Page.Locator(".facts")).ToContainTextAsync($"{script} Wire");
        await ShouldShowAsTextAsync(page.Page);

        await page.Page.GotoAsync("/#/events");
        await Expect(page.Page.GetByLabel("Source").Locator("option", new() { HasText = $"{script} Wire" })).ToHaveCountAsync(1);
        await ShouldShowAsTextAsync(page.Page);
        page.ShouldHaveRunCleanly();
    }

    [BrowserFact]
    public async Task A_keyboard_alone_skips_to_the_content_filters_the_events_and_opens_one()
    {
        await using var page = await fixture.OpenAsync();
        await Expect(page.Page.Locator("table.events caption")).ToBeVisibleAsync();
        var keyboard = page.Page.Keyboard;

        await keyboard.PressAsync("Tab");
        await Expect(page.Page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" })).ToBeFocusedAsync();
        await keyboard.PressAsync("Enter");
        await keyboard.PressAsync("Tab");
        await Expect(page.Page.GetByLabel("Conflict kind")).ToBeFocusedAsync();
        await keyboard.PressAsync("Tab");
        await Expect(page.Page.GetByLabel("Severity")).ToBeFocusedAsync();
        await keyboard.PressAsync("ArrowDown");
        await Expect(page.Page.GetByLabel("Severity")).ToHaveValueAsync("hard");
        await Expect(page.Page).ToHaveURLAsync(new Uri(fixture.Server.Address, "/#/events?severity=hard").ToString());
        await Expect(page.Page.Locator("table.events caption")).ToContainTextAsync("with matching conflicts");

        await keyboard.PressAsync("Tab");
        await keyboard.PressAsync("Tab");
        await Expect(page.Page.GetByRole(AriaRole.Region, new() { Name = "Events" })).ToBeFocusedAsync();
        await keyboard.PressAsync("Tab");
        var first = page.Page.Locator("table.events tbody tr").First.GetByRole(AriaRole.Link);
        await Expect(first).ToBeFocusedAsync();
        var label = await first.InnerTextAsync();
        await keyboard.PressAsync("Enter");

        await Expect(page.Page.Locator("h1")).ToHaveTextAsync(label);
        await Expect(page.Page.Locator("main")).ToBeFocusedAsync();
        page.ShouldHaveRunCleanly();
    }

    [BrowserFact]
    public async Task With_api_keys_the_form_asks_for_a_key_shows_a_refusal_and_adds_with_the_right_one()
    {
        const string key = "page-test-key";
        using var store = new Api.Tests.TempStore();
        using var server = await PageFixture.StartWithKeyAsync(store.Path, key);
        await using var page = await fixture.OpenAsync("#/add", server: server);
        var keyField = page.Page.GetByLabel("API key");
        await Expect(keyField).ToBeVisibleAsync();

        await keyField.FillAsync("not-the-key");
        await FillAsync(page.Page, "Mykolaiv Post", "2025-09-01", null, "Russian drones struck Mykolaiv on Sunday. Four civilians were injured in the attack.");
        await page.Page.GetByRole(AriaRole.Button, new() { Name = "Add the article" }).ClickAsync();
        await Expect(page.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Unauthorized");
        await Expect(page.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("needs a valid API key in the X-Api-Key header");
        await page.ShouldBeAccessibleAsync();
        await page.ScreenshotAsync("add-refused");

        await keyField.FillAsync(key);
        await page.Page.GetByRole(AriaRole.Button, new() { Name = "Add the article" }).ClickAsync();
        await Expect(page.Page.Locator("#result-title")).ToHaveTextAsync("Added: Mykolaiv Post");
        (await page.Page.EvaluateAsync<string>("() => sessionStorage.getItem('claimtracker.apiKey')")).Should().Be(key);
        (await page.Page.EvaluateAsync<string?>("() => localStorage.getItem('claimtracker.apiKey')")).Should().BeNull();
        await server.StopAsync();
    }

    [BrowserFact]
    public async Task Every_page_fits_a_phone_screen()
    {
        await using var page = await fixture.OpenAsync(width: 375, height: 812);
        await FitsAsync(page, "phone-events", "table.events");
        await page.Page.GetByRole(AriaRole.Link, new() { Name = "drone strike — Nakhchivan" }).ClickAsync();
        await FitsAsync(page, "phone-event", "table.quantity");
        await page.Page.Locator("a.quote").First.ClickAsync();
        await FitsAsync(page, "phone-document", ".article-text mark");
        await page.Page.GetByRole(AriaRole.Link, new() { Name = "Add an article" }).ClickAsync();
        await FitsAsync(page, "phone-add", "form.add");
        page.ShouldHaveRunCleanly();
    }

    /// <summary>
    /// Once the view shows what marks it (the selector), it must not be wider than the screen. The axe scans run on the
    /// same views in the other tests; the narrow layout changes only the style sheet's layout rules.
    /// </summary>
    private static async Task FitsAsync(WatchedPage page, string name, string selector)
    {
        await page.Page.Locator(selector).First.WaitForAsync();
        var overflow = await page.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        overflow.Should().BeLessThanOrEqualTo(0, $"the {name} page should not scroll sideways on a phone");
        await page.ScreenshotAsync(name);
    }

    private static ILocator Quantity(IPage page, string about) =>
        page.GetByRole(AriaRole.Table, new() { Name = about, Exact = true });

    /// <summary>The row of a quantity table that quotes the given words.</summary>
    private static ILocator Row(ILocator table, string quote) =>
        table.Locator("tbody tr", new() { Has = table.Page.GetByRole(AriaRole.Link, new() { Name = quote }) });

    private static async Task FillAsync(IPage page, string source, string published, string? title, string text)
    {
        await page.GetByLabel("Source (outlet)").FillAsync(source);
        await page.GetByLabel("Publication date").FillAsync(published);
        await page.GetByLabel("Title (optional)").FillAsync(title ?? "");
        await page.GetByLabel("Article text").FillAsync(text);
    }

    private static async Task AddAsync(IPage page, string source, string published, string? title, string text)
    {
        await FillAsync(page, source, published, title, text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the article" }).ClickAsync();
        await Expect(page.Locator("#result-title")).ToBeVisibleAsync();
    }

    /// <summary>No data became an element: the page's own markup has no script or image in its main part.</summary>
    private static async Task ShouldShowAsTextAsync(IPage page)
    {
        (await page.Locator("main script, main img, main [onerror]").CountAsync()).Should().Be(0);
        (await page.EvaluateAsync<bool>("() => window.__xss === undefined")).Should().BeTrue();
    }
}
