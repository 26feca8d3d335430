using System.Net;
using Newtonsoft.Json.Linq;

namespace ClaimTracker.Api.Tests;

/// <summary><c>POST /api/v1/score</c>: an article's sentences ranked by check-worthiness, nothing stored.</summary>
public sealed class ScoreEndpointTests : IDisposable
{
    private readonly ApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task An_article_comes_back_with_its_sentences_most_check_worthy_first()
    {
        using var client = _factory.CreateClient();
        var article = new { source = "Outlet", text = "What a day it has been.\nThe army said 40 drones and 3 missiles were launched overnight." };

        var response = await client.PostAsync("/api/v1/score", ApiFactory.Json(article));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var sentences = JObject.Parse(await response.Content.ReadAsStringAsync())["documents"]![0]!["sentences"]!;
        sentences.Should().HaveCount(2);
        ((string)sentences[0]!["text"]!).Should().Contain("40 drones");
        var documents = JObject.Parse(await (await client.GetAsync("/api/v1/documents")).Content.ReadAsStringAsync());
        documents["items"]!.Should().BeEmpty("scoring stores nothing");
    }

    [Fact]
    public async Task A_body_that_is_not_an_article_is_a_problem()
    {
        using var client = _factory.CreateClient();

        var response = await client.PostAsync("/api/v1/score", ApiFactory.Json(new { nothing = true }));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("/api/v1/score")]
    [InlineData("/api/v1/analyze")]
    public async Task The_first_invalid_article_of_a_list_is_named_by_its_index(string path)
    {
        using var client = _factory.CreateClient();
        var articles = new object[] { new { source = "Outlet", text = "Two drones struck the depot." }, new { source = "Outlet" } };

        var response = await client.PostAsync(path, ApiFactory.Json(articles));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = JObject.Parse(await response.Content.ReadAsStringAsync());
        ((string)problem["detail"]!).Should().StartWith("Article 1: ").And.Contain("\"text\"");
    }
}
