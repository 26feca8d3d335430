using System.Net;
using Newtonsoft.Json.Linq;

namespace ClaimTracker.Api.Tests;

/// <summary>The fact-checkers' page: served at / from the server's own files, under headers that keep data from running as script.</summary>
public sealed class PageFileTests : IDisposable
{
    private readonly ApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/js/app.js", "text/javascript")]
    [InlineData("/app.css", "text/css")]
    public async Task The_page_is_served_with_a_strict_content_security_policy(string path, string mediaType)
    {
        var response = await _factory.CreateClient().GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(mediaType);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        policy.Should().Contain("default-src 'self'").And.Contain("script-src 'self'").And.Contain("style-src 'self'")
            .And.Contain("object-src 'none'").And.Contain("base-uri 'none'").And.Contain("frame-ancestors 'none'")
            .And.NotContain("unsafe-inline").And.NotContain("http");
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.GetValues("Referrer-Policy").Should().Equal("no-referrer");
    }

    [Fact]
    public async Task The_page_loads_nothing_from_outside_the_server()
    {
        var client = _factory.CreateClient();
        var files = new[] { "/", "/app.css", "/js/app.js", "/js/api.js", "/js/dom.js", "/js/format.js", "/js/events.js", "/js/event.js", "/js/document.js", "/js/add.js" };

        foreach (var file in files)
        {
            var body = await client.GetStringAsync(file);
            body.Should().NotMatchRegex("(src|href)=\"(https?:)?//", $"{file} must not load anything from another host");
            body.Should().NotContain("@import url(http", $"{file} must not load anything from another host");
        }
    }

    [Fact]
    public async Task The_page_never_turns_data_into_markup()
    {
        var client = _factory.CreateClient();

        foreach (var file in new[] { "/js/app.js", "/js/dom.js", "/js/events.js", "/js/event.js", "/js/document.js", "/js/add.js" })
        {
            var script = await client.GetStringAsync(file);
            script.Should().NotContain("innerHTML").And.NotContain("outerHTML").And.NotContain("insertAdjacentHTML").And.NotContain("document.write");
        }
    }

    [Fact]
    public async Task Api_errors_stay_problem_json_beside_the_page()
    {
        var response = await _factory.CreateClient().GetAsync("/api/v1/nothing-here");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Health_tells_the_page_whether_writes_need_a_key(bool withKey)
    {
        using var factory = new ApiFactory(settings: withKey ? new Dictionary<string, string> { ["ClaimTracker:ApiKeys:0"] = "a-key" } : null);

        var health = await ApiFactory.ReadAsync(await factory.CreateClient().GetAsync("/api/v1/health"));

        health["writesNeedApiKey"]!.Value<bool>().Should().Be(withKey);
    }
}
