using System.Net;
using ClaimTracker.Documents;
using ClaimTracker.Storage;
using Dapper;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json.Linq;

namespace ClaimTracker.Api.Tests;

/// <summary>The real server process, as a user starts it: seeds in, conflicts out, and the store survives restarts and kills.</summary>
public sealed class ServerProcessTests
{
    private static readonly string Seeds = Path.Combine(AppContext.BaseDirectory, "seeds");

    [Fact]
    public async Task The_server_finds_the_seed_conflicts_and_keeps_them_across_a_restart()
    {
        using var temp = new TempStore();
        var store = temp.Path;
        var expected = Tracker.AnalyzeAll(new DocumentLoader().LoadPaths([Seeds]).Documents).Conflicts.Select(c => c.Id).ToArray();
        string before;
        using (var server = await ServerProcess.StartAsync(store))
        {
            foreach (var seed in SeedArticles())
            {
                (await server.Client.PostAsync("/api/v1/documents", ApiFactory.Raw(seed.ToString(), "application/json"))).StatusCode.Should().Be(HttpStatusCode.Created);
            }

            before = await server.Client.GetStringAsync("/api/v1/conflicts");
            await server.StopAsync();
        }

        using var restarted = await ServerProcess.StartAsync(store);
        var after = await restarted.Client.GetStringAsync("/api/v1/conflicts");

        JToken.Parse(before)["items"]!.Select(c => (string)c["id"]!).Should().BeEquivalentTo(expected).And.NotBeEmpty();
        after.Should().Be(before);
        await restarted.StopAsync();
    }

    [Fact]
    public async Task A_server_killed_during_batches_leaves_a_sound_store_of_whole_batches()
    {
        const int Batches = 40;
        const int PerBatch = 10;
        using var temp = new TempStore();
        var store = temp.Path;
        using (var server = await ServerProcess.StartAsync(store))
        {
            var posting = Task.Run(async () =>
            {
                for (var b = 0; b < Batches; b++)
                {
                    var articles = new JArray(Enumerable.Range(b * PerBatch, PerBatch).Select(n => JObject.FromObject(Articles.Strike($"Outlet {n}", 1 + (n % 8), $"article-{n}"))));
                    await server.Client.PostAsync("/api/v1/documents:batch", ApiFactory.Raw(articles.ToString(), "application/json"));
                }
            });
            await WaitForSomeDocumentsAsync(store);
            await server.KillAsync();
            await posting.ContinueWith(_ => { }, TaskScheduler.Default);
        }

        using (var connection = new SqliteConnection($"Data Source={store}"))
        {
            connection.Open();
            connection.ExecuteScalar<string>("PRAGMA integrity_check").Should().Be("ok");
        }

        using var reopened = new SqliteClaimStore(store);
        var stored = await reopened.ListAsync(0, 1000);
        stored.Should().NotBeEmpty().And.HaveCountLessThan(Batches * PerBatch, "the kill came in the middle of the batches");
        (stored.Count % PerBatch).Should().Be(0, "a batch is stored in one transaction, whole or not at all");
        foreach (var document in stored)
        {
            document.ClaimCount.Should().Be(Tracker.AnalyzeAll([document.Document]).Claims.Count, "an article is stored whole with its claims or not at all");
        }
    }

    private static async Task WaitForSomeDocumentsAsync(string store)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            await Task.Delay(20);
            try
            {
                using var connection = new SqliteConnection($"Data Source={store};Mode=ReadOnly;Pooling=False");
                connection.Open();
                if (connection.ExecuteScalar<int>("SELECT COUNT(*) FROM documents") >= 3)
                {
                    return;
                }
            }
            catch (SqliteException)
            {
                // The server may still be creating the schema.
            }
        }
    }

    private static IEnumerable<JObject> SeedArticles()
    {
        foreach (var entry in JArray.Parse(File.ReadAllText(Path.Combine(Seeds, "manifest.json"))))
        {
            var file = (string)entry["file"]!;
            yield return new JObject
            {
                ["id"] = Path.GetFileNameWithoutExtension(file),
                ["source"] = entry["source"],
                ["published"] = entry["published"],
                ["text"] = File.ReadAllText(Path.Combine(Seeds, file)),
            };
        }
    }
}
