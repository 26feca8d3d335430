using System.Net;

namespace ClaimTracker.Api.Tests;

public sealed class ApiKeyTests : IDisposable
{
    private readonly ApiFactory _factory = new(settings: new Dictionary<string, string> { ["ClaimTracker:ApiKeys:0"] = "first-key", ["ClaimTracker:ApiKeys:1"] = "second-key" });
    private readonly HttpClient _client;

    public ApiKeyTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("", HttpStatusCode.Unauthorized)]
    [InlineData("first-ke", HttpStatusCode.Unauthorized)]
    [InlineData("FIRST-KEY", HttpStatusCode.Unauthorized)]
    [InlineData("first-key", HttpStatusCode.Created)]
    [InlineData("second-key", HttpStatusCode.Created)]
    public async Task Writes_need_a_configured_key(string? key, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/documents") { Content = ApiFactory.Json(Articles.Strike("Outlet", 2)) };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        var response = await _client.SendAsync(request);

        response.StatusCode.Should().Be(expected);
        if (expected == HttpStatusCode.Unauthorized)
        {
            response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        }
    }

    [Fact]
    public async Task Deletes_need_a_key_and_reads_do_not()
    {
        (await _client.DeleteAsync("/api/v1/documents/any")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await _client.GetAsync("/api/v1/documents")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await _client.GetAsync("/api/v1/conflicts")).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
