using System.Net;
using Newtonsoft.Json.Linq;

namespace ClaimTracker.Api.Tests;

public sealed class DocumentEndpointTests : IDisposable
{
    private readonly ApiFactory _factory = new();
    private readonly HttpClient _client;

    public DocumentEndpointTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Posting_a_new_article_answers_201_with_the_document_and_its_claims()
    {
        var response = await _client.PostAsync("/api/v1/documents", ApiFactory.Json(Articles.Strike("Kyiv Independent", 3, id: "kyiv-1")));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var body = await ApiFactory.ReadAsync(response);
        body["document"]!["id"]!.Value<string>().Should().Be("kyiv-1");
        body["document"]!["published"]!.Value<string>().Should().Be("2025-06-12");
        body["claims"]!.Should().Contain(c => (string?)c["kind"] == "casualties" && (int?)c["value"]!["count"]!["min"] == 3);
    }

    [Theory]
    [InlineData("same-id", "same-id")]
    [InlineData(null, null)]
    public async Task Posting_the_same_article_again_answers_200_and_stores_it_once(string? firstId, string? secondId)
    {
        var first = await _client.PostAsync("/api/v1/documents", ApiFactory.Json(Articles.Strike("Ukrinform", 2, firstId)));
        var second = await _client.PostAsync("/api/v1/documents", ApiFactory.Json(Articles.Strike("Ukrinform", 2, secondId)));

        first.StatusCode.Should().Be(HttpStatusCode.Created);
        second.StatusCode.Should().Be(HttpStatusCode.OK);
        (await ApiFactory.ReadAsync(second))["document"]!["id"]!.Value<string>()
            .Should().Be((await ApiFactory.ReadAsync(first))["document"]!["id"]!.Value<string>());
        (await ApiFactory.ReadAsync(await _client.GetAsync("/api/v1/documents")))["total"]!.Value<int>().Should().Be(1);
    }

    [Fact]
    public async Task The_same_id_with_other_text_keeps_what_is_stored()
    {
        await _client.PostAsync("/api/v1/documents", ApiFactory.Json(Articles.Strike("Ukrinform", 2, "fixed")));
        var again = await _client.PostAsync("/api/v1/documents", ApiFactory.Json(Articles.Strike("Ukrinform", 7, "fixed")));

        again.StatusCode.Should().Be(HttpStatusCode.OK);
        var stored = await ApiFactory.ReadAsync(await _client.GetAsync("/api/v1/documents/fixed"));
        stored["document"]!["text"]!.Value<string>().Should().Contain("Two civilians");
    }

    [Fact]
    public async Task Documents_are_listed_in_pages_without_their_text()
    {
        for (var i = 1; i <= 5; i++)
        {
            await _client.PostAsync("/api/v1/documents", ApiFactory.Json(Articles.Strike($"Outlet {i}", i, $"doc-{i}")));
        }

        var page = await ApiFactory.ReadAsync(await _client.GetAsync("/api/v1/documents?limit=2&offset=2"));

        page["items"]!.Select(d => (string?)d["id"]).Should().Equal("doc-3", "doc-4");
        page["items"]!.Should().OnlyContain(d => d["text"] == null);
        page["total"]!.Value<int>().Should().Be(5);
        page["nextOffset"]!.Value<int>().Should().Be(4);
    }

    [Fact]
    public async Task One_document_comes_with_its_text_and_claims()
    {
        await _client.PostAsync("/api/v1/documents", ApiFactory.Json(Articles.Strike("Suspilne", 4, "one")));

        var body = await ApiFactory.ReadAsync(await _client.GetAsync("/api/v1/documents/one"));

        body["document"]!["text"]!.Value<string>().Should().StartWith("Russian drones struck Kharkiv");
        body["document"]!["claimCount"]!.Value<int>().Should().Be(body["claims"]!.Count()).And.BeGreaterThan(0);
    }

    [Fact]
    public async Task Deleting_a_document_removes_it_and_recomputes_conflicts()
    {
        await _client.PostAsync("/api/v1/documents", ApiFactory.Json(Articles.Strike("Outlet A", 2, "a")));
        await _client.PostAsync("/api/v1/documents", ApiFactory.Json(Articles.Strike("Outlet B", 5, "b")));
        var before = await ApiFactory.ReadAsync(await _client.GetAsync("/api/v1/conflicts"));

        var deleted = await _client.DeleteAsync("/api/v1/documents/b");
        var after = await ApiFactory.ReadAsync(await _client.GetAsync("/api/v1/conflicts"));

        before["total"]!.Value<int>().Should().BeGreaterThan(0);
        deleted.StatusCode.Should().Be(HttpStatusCode.NoContent);
        after["total"]!.Value<int>().Should().Be(0);
        (await _client.GetAsync("/api/v1/documents/b")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await _client.DeleteAsync("/api/v1/documents/b")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var claims = await ApiFactory.ReadAsync(await _client.GetAsync("/api/v1/claims?limit=500"));
        claims["items"]!.Should().OnlyContain(c => (string?)c["documentId"] == "a");
    }

    [Fact]
    public async Task A_batch_gives_each_article_its_own_result()
    {
        var batch = new object[] { Articles.Strike("Outlet A", 2, "a"), new { source = "Outlet B" }, Articles.Strike("Outlet A", 2, "a") };

        var response = await _client.PostAsync("/api/v1/documents:batch", ApiFactory.Json(batch));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var results = (JArray)await ApiFactory.ReadAsync(response);
        results.Select(r => (int?)r["status"]).Should().Equal(201, 400, 200);
        results[1]["problem"]!["detail"]!.Value<string>().Should().Contain("text");
    }

    [Fact]
    public async Task A_batch_stores_new_articles_with_their_claims_and_recognises_ones_already_stored()
    {
        await _client.PostAsync("/api/v1/documents", ApiFactory.Json(Articles.Strike("Outlet A", 2, "a")));
        var batch = new[] { Articles.Strike("Outlet A", 2, "a"), Articles.Strike("Outlet B", 4, "b", city: "Odesa"), Articles.Strike("Outlet C", 4, "c", city: "Odesa"), Articles.Strike("Outlet B", 4, "b-again", city: "Odesa") };

        var results = (JArray)await ApiFactory.ReadAsync(await _client.PostAsync("/api/v1/documents:batch", ApiFactory.Json(batch)));

        results.Select(r => (int?)r["status"]).Should().Equal(200, 201, 201, 200);
        results.Select(r => (string?)r["document"]!["id"]).Should().Equal("a", "b", "c", "b");
        (await ApiFactory.ReadAsync(await _client.GetAsync("/api/v1/documents")))["total"]!.Value<int>().Should().Be(3);
        var stored = await ApiFactory.ReadAsync(await _client.GetAsync("/api/v1/documents/c"));
        stored["claims"]!.Should().Contain(c => (string?)c["kind"] == "casualties" && (int?)c["value"]!["count"]!["min"] == 4);
        (await _client.GetAsync("/api/v1/documents/b-again")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
