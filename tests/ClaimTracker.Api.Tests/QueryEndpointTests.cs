using System.Net;
using Newtonsoft.Json.Linq;

namespace ClaimTracker.Api.Tests;

/// <summary>Claims, events, conflicts, analyze, health and the API description, over a small store with one contested toll.</summary>
public sealed class QueryEndpointTests : IAsyncLifetime, IDisposable
{
    private readonly ApiFactory _factory = new();
    private readonly HttpClient _client;

    public QueryEndpointTests() => _client = _factory.CreateClient();

    public async Task InitializeAsync()
    {
        await _client.PostAsync("/api/v1/documents", ApiFactory.Json(Articles.Strike("Outlet A", 2, "a")));
        await _client.PostAsync("/api/v1/documents", ApiFactory.Json(Articles.Strike("Outlet B", 5, "b")));
        await _client.PostAsync("/api/v1/documents", ApiFactory.Json(Articles.Strike("Outlet C", 3, "c", city: "Odesa", published: "2024-02-01")));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("kind=casualties", 3)]
    [InlineData("kind=CASUALTIES&source=outlet a", 1)]
    [InlineData("kind=stance", 0)]
    [InlineData("source=Nobody", 0)]
    [InlineData("q=three civilians", 1)]
    [InlineData("q=Odesa&source=Outlet A", 0)]
    [InlineData("q=injured civilians&kind=casualties", 3)]
    [InlineData("q=Odesa Kharkiv", 0)]
    public async Task Claims_are_filtered_and_searched(string query, int expected)
    {
        var page = await Get($"/api/v1/claims?limit=500&{query}");

        page["items"]!.Count().Should().Be(expected);
    }

    [Fact]
    public async Task Claims_of_one_event_all_carry_its_id()
    {
        var conflict = (await Get("/api/v1/conflicts"))["items"]![0]!;
        var eventId = (string)conflict["eventId"]!;

        var claims = await Get($"/api/v1/claims?event={eventId}");

        claims["items"]!.Should().NotBeEmpty().And.OnlyContain(c => (string?)c["eventId"] == eventId);
    }

    [Fact]
    public async Task An_event_comes_with_its_claims_conflicts_and_summaries()
    {
        var conflict = (await Get("/api/v1/conflicts?kind=numericMismatch"))["items"]![0]!;

        var view = await Get($"/api/v1/events/{conflict["eventId"]}");

        view["event"]!["documentIds"]!.Values<string>().Should().BeEquivalentTo("a", "b");
        view["claims"]!.Should().NotBeEmpty();
        view["conflicts"]!.Select(c => (string?)c["id"]).Should().Contain((string?)conflict["id"]);
        view["summaries"]!.Should().Contain(s => (string?)s["about"] == (string?)conflict["about"]);
    }

    [Fact]
    public async Task Events_are_listed_in_pages()
    {
        var all = await Get("/api/v1/events");
        var second = await Get("/api/v1/events?limit=1&offset=1");

        all["total"]!.Value<int>().Should().Be(2);
        second["items"]!.Single()["id"]!.Value<string>().Should().Be((string?)all["items"]![1]!["id"]);
    }

    [Theory]
    [InlineData("", 1)]
    [InlineData("?kind=numericMismatch&severity=hard", 1)]
    [InlineData("?severity=soft", 0)]
    [InlineData("?kind=dateMismatch", 0)]
    [InlineData("?source=outlet b", 1)]
    [InlineData("?source=Outlet C", 0)]
    [InlineData("?event=unknown", 0)]
    public async Task Conflicts_are_filtered(string query, int expected)
    {
        var page = await Get("/api/v1/conflicts" + query);

        page["items"]!.Count().Should().Be(expected);
        page["items"]!.Where(c => (string?)c["about"] != "civilians injured" && (string?)c["about"] != "people injured").Should().BeEmpty();
    }

    [Fact]
    public async Task Analyze_answers_like_the_command_line_and_stores_nothing()
    {
        var articles = new[] { Articles.Strike("Outlet X", 1, "x", city: "Dnipro"), Articles.Strike("Outlet Y", 6, "y", city: "Dnipro") };

        var response = await _client.PostAsync("/api/v1/analyze", ApiFactory.Json(articles));
        var body = await ApiFactory.ReadAsync(response);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        ((JObject)body).Properties().Select(p => p.Name).Should().Equal("documents", "claims", "events", "conflicts", "summaries");
        body["documents"]!.Select(d => (string?)d["id"]).Should().Equal("x", "y");
        body["documents"]![0]!["text"].Should().BeNull();
        body["conflicts"]!.Should().ContainSingle(c => (string?)c["kind"] == "numericMismatch");
        (await Get("/api/v1/documents"))["total"]!.Value<int>().Should().Be(3);
    }

    [Fact]
    public async Task Health_reports_the_store()
    {
        var health = await Get("/api/v1/health");

        health["status"]!.Value<string>().Should().Be("healthy");
        health["documents"]!.Value<int>().Should().Be(3);
    }

    [Fact]
    public async Task The_API_is_described_in_OpenAPI_and_browsable_offline()
    {
        var openApi = await Get("/openapi/v1.json");
        var page = await _client.GetStringAsync("/scalar/v1");

        openApi["openapi"]!.Value<string>().Should().StartWith("3.");
        ((JObject)openApi["paths"]!).Properties().Select(p => p.Name).Should().Contain(
            ["/api/v1/documents", "/api/v1/documents/{id}", "/api/v1/claims", "/api/v1/events/{id}", "/api/v1/conflicts", "/api/v1/analyze", "/api/v1/health"]);
        openApi["components"]!["schemas"]!["Severity"]!["enum"]!.Values<string>().Should().Equal("hard", "soft");
        openApi["components"]!["schemas"]!["DocumentWithClaims"]!["properties"]!["claims"]!["items"]!["$ref"]!.Value<string>().Should().EndWith("/Claim");
        page.Should().Contain("\"withDefaultFonts\":false").And.Contain("openapi/v1.json").And.NotContain("https://");
        (await _client.GetAsync("/scalar/scalar.js")).StatusCode.Should().Be(HttpStatusCode.OK, "the page's script is served locally");
    }

    private async Task<JToken> Get(string url)
    {
        var response = await _client.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK, url);
        return await ApiFactory.ReadAsync(response);
    }
}
