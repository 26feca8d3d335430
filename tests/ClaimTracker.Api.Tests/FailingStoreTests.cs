using ClaimTracker.Claims;
using ClaimTracker.Documents;
using ClaimTracker.Storage;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Api.Tests;

/// <summary>When the store fails, answers are still problems without a stack trace: 503 for a store error, 500 for anything else.</summary>
public sealed class FailingStoreTests
{
    [Theory]
    [InlineData(true, 503)]
    [InlineData(false, 500)]
    public async Task A_failing_store_gives_a_problem_without_a_stack_trace(bool storeError, int status)
    {
        var store = new FailingStore(storeError ? new SqliteException("disk I/O error", 10) : new InvalidOperationException("a bug"));
        using var factory = new ApiFactory().WithWebHostBuilder(b => b.ConfigureTestServices(services => services.AddSingleton<IClaimStore>(store)));
        var client = factory.CreateClient();
        store.Broken = true;

        foreach (var response in new[] { await client.GetAsync("/api/v1/documents"), await client.PostAsync("/api/v1/documents", ApiFactory.Json(Articles.Strike("Outlet", 2))) })
        {
            ((int)response.StatusCode).Should().Be(status);
            response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
            var body = await response.Content.ReadAsStringAsync();
            body.Should().NotContain("   at ").And.NotContain("a bug").And.NotContain("disk I/O");
        }
    }

    /// <summary>An empty store that starts failing once broken (after start-up has read it).</summary>
    private sealed class FailingStore(Exception error) : IClaimStore
    {
        public bool Broken { get; set; }

        public Task<StoreResult> AddAsync(Document document, IReadOnlyList<Claim> claims, CancellationToken cancellationToken = default) => throw error;

        public Task<StoredDocument?> GetAsync(string id, CancellationToken cancellationToken = default) => throw error;

        public Task<IReadOnlyList<StoredDocument>> ListAsync(int offset, int limit, CancellationToken cancellationToken = default) =>
            Broken ? throw error : Task.FromResult<IReadOnlyList<StoredDocument>>([]);

        public Task<int> CountAsync(CancellationToken cancellationToken = default) => throw error;

        public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default) => throw error;

        public Task<IReadOnlyList<StoredClaim>> ClaimsOfAsync(string documentId, CancellationToken cancellationToken = default) => throw error;

        public Task<IReadOnlyList<StoredClaim>> SearchClaimsAsync(string words, int limit, CancellationToken cancellationToken = default) => throw error;

        public Task<bool> IsHealthyAsync(CancellationToken cancellationToken = default) => Task.FromResult(false);
    }
}
