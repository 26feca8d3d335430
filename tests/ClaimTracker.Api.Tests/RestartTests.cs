using System.Net;
using Newtonsoft.Json.Linq;

namespace ClaimTracker.Api.Tests;

public sealed class RestartTests
{
    [Fact]
    public async Task A_restart_on_the_same_store_keeps_documents_claims_and_conflicts()
    {
        using var store = new TempStore();
        string conflictsBefore;
        using (var first = new ApiFactory(store.Path))
        {
            var client = first.CreateClient();
            await client.PostAsync("/api/v1/documents", ApiFactory.Json(Articles.Strike("Outlet A", 2, "a")));
            await client.PostAsync("/api/v1/documents", ApiFactory.Json(Articles.Strike("Outlet B", 5, "b")));
            conflictsBefore = await client.GetStringAsync("/api/v1/conflicts");
        }

        using var second = new ApiFactory(store.Path);
        var again = second.CreateClient();

        (await again.GetStringAsync("/api/v1/conflicts")).Should().Be(conflictsBefore);
        (await again.GetAsync("/api/v1/documents/b")).StatusCode.Should().Be(HttpStatusCode.OK);
        var repost = await again.PostAsync("/api/v1/documents", ApiFactory.Json(Articles.Strike("Outlet A", 2, "a")));
        repost.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_empty_store_is_seeded_once_from_the_seed_folder()
    {
        var seeds = Path.Combine(AppContext.BaseDirectory, "seeds");
        var settings = new Dictionary<string, string> { ["ClaimTracker:SeedFolder"] = seeds };
        using var store = new TempStore();
        using (var first = new ApiFactory(store.Path, settings))
        {
            var client = first.CreateClient();
            (await ApiFactory.ReadAsync(await client.GetAsync("/api/v1/health")))["documents"]!.Value<int>().Should().Be(5);
            (await client.DeleteAsync("/api/v1/documents/002_1a9bcebe537d78f8")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        }

        using var second = new ApiFactory(store.Path, settings);
        var health = await ApiFactory.ReadAsync(await second.CreateClient().GetAsync("/api/v1/health"));

        health["documents"]!.Value<int>().Should().Be(4, "a store that is not empty is not seeded again");
    }
}
