using System.Net;
using Newtonsoft.Json.Linq;

namespace ClaimTracker.Api.Tests;

/// <summary>Every bad request gets an RFC 7807 problem with the right status; none gets a 500 or a stack trace.</summary>
public sealed class ErrorResponseTests : IDisposable
{
    private const int TextLimit = 2_000;

    private readonly ApiFactory _factory = new(settings: new Dictionary<string, string> { ["ClaimTracker:MaxTextBytes"] = TextLimit.ToString(System.Globalization.CultureInfo.InvariantCulture) });
    private readonly HttpClient _client;

    public ErrorResponseTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    public static TheoryData<string, string?, int, string> BadPosts => new()
    {
        { "{\"source\": \"X\", \"text\": ", "application/json", 400, "not valid JSON" },
        { "", "application/json", 400, "not valid JSON" },
        { "{\"source\": \"X\"} {}", "application/json", 400, "Additional text" },
        { "[1, 2]", "application/json", 400, "JSON object" },
        { "{\"source\": \"X\"}", "application/json", 400, "\"text\"" },
        { "{\"source\": \"X\", \"text\": 42}", "application/json", 400, "\"text\"" },
        { "{\"text\": \"Two drones struck Lviv.\"}", "application/json", 400, "\"source\"" },
        { "{\"source\": \"X\", \"text\": \"Two drones struck Lviv.\", \"published\": \"12/06/2025\"}", "application/json", 400, "YYYY-MM-DD" },
        { "{\"source\": \"X\", \"text\": \"Two drones struck Lviv.\", \"url\": \"javascript:alert(1)\"}", "application/json", 400, "http" },
        { "{\"source\": \"X\", \"text\": \"   \\u0000 \"}", "application/json", 400, "no article text" },
        { "{\"source\": \"X\", \"text\": \"Two drones struck Lviv.\"}", "text/plain", 415, "application/json" },
        { "{\"source\": \"X\", \"text\": \"Two drones struck Lviv.\"}", null, 415, "application/json" },
        { "{\"source\": \"X\", \"text\": \"" + new string('a', TextLimit + 1) + "\"}", "application/json", 413, "limit" },
        { "{\"source\": \"X\", \"text\": \"" + new string('a', (TextLimit * 2) + (64 * 1024)) + "\"}", "application/json", 413, "limit" },
        { new string('[', 200) + new string(']', 200), "application/json", 400, "not valid JSON" },
    };

    [Theory]
    [MemberData(nameof(BadPosts))]
    public async Task A_bad_article_gets_a_problem(string body, string? contentType, int status, string detail)
    {
        var response = await _client.PostAsync("/api/v1/documents", ApiFactory.Raw(body, contentType));

        await ShouldBeProblem(response, status, detail);
    }

    [Theory]
    [InlineData("/api/v1/documents/nope", 404, "nope")]
    [InlineData("/api/v1/events/nope", 404, "nope")]
    [InlineData("/api/v1/nothing-here", 404, "nothing")]
    [InlineData("/api/v1/documents?limit=0", 400, "'limit'")]
    [InlineData("/api/v1/documents?limit=501", 400, "'limit'")]
    [InlineData("/api/v1/documents?limit=ten", 400, "'limit'")]
    [InlineData("/api/v1/documents?offset=-1", 400, "'offset'")]
    [InlineData("/api/v1/events?offset=99999999999", 400, "'offset'")]
    [InlineData("/api/v1/claims?kind=rumour", 400, "weaponCount")]
    [InlineData("/api/v1/claims?kind=1", 400, "'kind'")]
    [InlineData("/api/v1/claims?q=%22%2A%28%29", 400, "'q'")]
    [InlineData("/api/v1/conflicts?kind=disagreement", 400, "numericMismatch")]
    [InlineData("/api/v1/conflicts?severity=mild", 400, "hard")]
    [InlineData("/api/v1/conflicts?limit=1&limit=2", 400, "'limit'")]
    public async Task A_bad_read_gets_a_problem(string url, int status, string detail)
    {
        await ShouldBeProblem(await _client.GetAsync(url), status, detail);
    }

    [Fact]
    public async Task A_wrong_method_gets_a_problem()
    {
        await ShouldBeProblem(await _client.PutAsync("/api/v1/documents", ApiFactory.Json(new { })), 405, "method");
    }

    [Theory]
    [InlineData("[]", 200)]
    [InlineData("{\"source\": \"X\"}", 400)]
    [InlineData("not json", 400)]
    public async Task Analyze_rejects_bad_articles_and_accepts_an_empty_list(string body, int status)
    {
        var response = await _client.PostAsync("/api/v1/analyze", ApiFactory.Raw(body, "application/json"));

        ((int)response.StatusCode).Should().Be(status);
        (await response.Content.ReadAsStringAsync()).Should().NotContain("   at ");
    }

    [Fact]
    public async Task Hostile_query_words_are_searched_as_text()
    {
        foreach (var q in new[] { "NEAR(a b)", "drones OR", "\"unclosed", "a* AND -b", "col:umn", "\u202e\ud800x" })
        {
            var response = await _client.GetAsync("/api/v1/claims?q=" + Uri.EscapeDataString(q));
            response.StatusCode.Should().Be(HttpStatusCode.OK, q);
        }
    }

    private static async Task ShouldBeProblem(HttpResponseMessage response, int status, string detail)
    {
        ((int)response.StatusCode).Should().Be(status);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var body = await response.Content.ReadAsStringAsync();
        body.Should().NotContain("   at ", "no stack trace may leak");
        var problem = JObject.Parse(body);
        problem["status"]!.Value<int>().Should().Be(status);
        problem["title"]!.Value<string>().Should().NotBeNullOrEmpty();
        problem["detail"]!.Value<string>().Should().Contain(detail);
    }
}
