using System.Collections.Concurrent;
using System.Globalization;
using ClaimTracker.Documents;
using Newtonsoft.Json.Linq;

namespace ClaimTracker.Api.Tests;

public sealed class ConcurrencyTests : IDisposable
{
    private static readonly string[] Cities = ["Kharkiv", "Odesa", "Dnipro", "Lviv", "Zaporizhzhia", "Kherson", "Mykolaiv", "Sumy", "Poltava", "Chernihiv"];

    private readonly ApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Eight_clients_posting_every_article_twice_store_each_once_and_agree_with_a_sequential_ingest()
    {
        var articles = Enumerable.Range(0, 200).Select(Article).ToArray();
        var posts = new ConcurrentQueue<JObject>(articles.Concat(articles.Reverse()));
        var statuses = new ConcurrentBag<int>();
        var reader = _factory.CreateClient(); // starts the one server before the clients race to it

        var clients = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            using var client = _factory.CreateClient();
            while (posts.TryDequeue(out var article))
            {
                var response = await client.PostAsync("/api/v1/documents", ApiFactory.Raw(article.ToString(), "application/json"));
                statuses.Add((int)response.StatusCode);
            }
        }));
        await Task.WhenAll(clients);

        statuses.Should().HaveCount(400).And.OnlyContain(s => s == 200 || s == 201);
        statuses.Count(s => s == 201).Should().Be(200);
        (await ApiFactory.ReadAsync(await reader.GetAsync("/api/v1/documents")))["total"]!.Value<int>().Should().Be(200);
        var conflicts = await ApiFactory.ReadAsync(await reader.GetAsync("/api/v1/conflicts?limit=500"));
        var sequential = Tracker.AnalyzeAll(articles.Select(ToDocument)).Conflicts;
        conflicts["items"]!.Select(c => (string)c["id"]!).Should().BeEquivalentTo(sequential.Select(c => c.Id)).And.NotBeEmpty();
    }

    /// <summary>Four outlets per strike, disagreeing on the toll; strikes a week apart in ten cities.</summary>
    private static JObject Article(int n)
    {
        var strike = n / 4;
        var source = $"Outlet {strike}-{n % 4}";
        var published = new DateOnly(2025, 1, 1).AddDays(strike * 7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var injured = 2 + (n % 4 == 3 ? 3 : 0);
        return JObject.FromObject(new
        {
            id = $"article-{n}",
            source,
            published,
            text = $"Drones struck {Cities[strike % Cities.Length]} on Monday. {Articles.Words(injured)} people were injured, {source} said.",
        });
    }

    private static Document ToDocument(JObject article) =>
        new DocumentLoader().FromText(
            (string)article["text"]!, (string)article["source"]!, DateOnly.Parse((string)article["published"]!, CultureInfo.InvariantCulture), (string)article["id"]!).Document!;
}
