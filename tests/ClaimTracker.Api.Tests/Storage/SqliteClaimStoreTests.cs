using ClaimTracker.Documents;
using ClaimTracker.Storage;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ClaimTracker.Api.Tests.Storage;

public sealed class SqliteClaimStoreTests : IDisposable
{
    private readonly TempStore _temp = new();
    private readonly SqliteClaimStore _store;

    public SqliteClaimStoreTests() => _store = new SqliteClaimStore(_temp.Path);

    public void Dispose()
    {
        _store.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public void A_new_store_uses_write_ahead_logging_and_the_latest_schema()
    {
        using var connection = new SqliteConnection($"Data Source={_temp.Path}");
        connection.Open();

        connection.ExecuteScalar<string>("PRAGMA journal_mode").Should().Be("wal");
        connection.ExecuteScalar<int>("SELECT version FROM schema_version").Should().BePositive();
        connection.ExecuteScalar<string>("PRAGMA integrity_check").Should().Be("ok");
    }

    [Fact]
    public async Task Reopening_a_store_keeps_its_documents_and_does_not_migrate_again()
    {
        var document = Article("a", "Drones struck Odesa on Monday. Two people were injured.");
        await _store.AddAsync(document, Tracker.AnalyzeAll([document]).Claims);

        using var reopened = new SqliteClaimStore(_temp.Path);

        (await reopened.GetAsync("a"))!.Document.Should().Be(document);
        (await reopened.ClaimsOfAsync("a")).Should().NotBeEmpty();
        (await reopened.CountAsync()).Should().Be(1);
    }

    [Theory]
    [InlineData("a", "Outlet", "a", "Other outlet", false)]
    [InlineData("a", "Outlet", "b", "Outlet", false)]
    [InlineData("a", "Outlet", "b", "Other outlet", true)]
    public async Task The_same_id_or_the_same_source_and_text_is_stored_once(string firstId, string firstSource, string secondId, string secondSource, bool secondCreated)
    {
        const string text = "Drones struck Odesa on Monday.";
        await _store.AddAsync(Article(firstId, text, firstSource), []);

        var second = await _store.AddAsync(Article(secondId, text, secondSource), []);

        second.Created.Should().Be(secondCreated);
        (await _store.CountAsync()).Should().Be(secondCreated ? 2 : 1);
    }

    [Theory]
    [InlineData("injured", 1)]
    [InlineData("INJURED people", 1)]
    [InlineData("injure", 1)]
    [InlineData("killed", 0)]
    [InlineData("\"", 0)]
    [InlineData("NEAR(injured people)", 0)]
    [InlineData("people, injured!", 1)]
    [InlineData("injured* OR -people ^ : {}", 0)]
    [InlineData("injured* -people ^ : {}", 1)]
    [InlineData("", 0)]
    public async Task Search_matches_evidence_words_and_never_reads_them_as_syntax(string words, int expected)
    {
        var document = Article("a", "Drones struck Odesa on Monday. Two people were injured.");
        await _store.AddAsync(document, Tracker.AnalyzeAll([document]).Claims.Where(c => c.Kind == Claims.ClaimKind.Casualties).ToArray());

        (await _store.SearchClaimsAsync(words, 10)).Should().HaveCount(expected);
    }

    [Fact]
    public async Task Deleting_a_document_takes_its_claims_and_their_search_entries()
    {
        var document = Article("a", "Drones struck Odesa on Monday. Two people were injured.");
        await _store.AddAsync(document, Tracker.AnalyzeAll([document]).Claims);

        (await _store.DeleteAsync("a")).Should().BeTrue();

        (await _store.ClaimsOfAsync("a")).Should().BeEmpty();
        (await _store.SearchClaimsAsync("injured", 10)).Should().BeEmpty();
        (await _store.DeleteAsync("a")).Should().BeFalse();
        (await _store.IsHealthyAsync()).Should().BeTrue();
    }

    [Fact]
    public async Task Adding_many_stores_each_once_with_its_claims_and_says_which_were_new()
    {
        var first = Article("a", "Drones struck Odesa on Monday. Two people were injured.");
        var copy = Article("b", first.Text);
        var other = Article("c", "A missile hit Kharkiv on Tuesday. Five people were killed.");
        var documents = new[] { first, copy, other, first };
        var claims = Tracker.AnalyzeAll([first, other]).Claims.ToLookup(c => c.DocumentId, StringComparer.Ordinal);

        var results = await _store.AddAllAsync(documents, d => claims[d.Id].ToArray());

        results.Select(r => r.Created).Should().Equal(true, false, true, false);
        results.Select(r => r.Stored.Document.Id).Should().Equal("a", "a", "c", "a");
        (await _store.CountAsync()).Should().Be(2);
        (await _store.ClaimsOfAsync("c")).Should().HaveCount(claims["c"].Count());
    }

    [Fact]
    public async Task Adding_many_writes_nothing_when_one_fails()
    {
        var documents = new[] { Article("a", "Drones struck Odesa on Monday."), Article("b", "A missile hit Kharkiv.") };

        var adding = () => _store.AddAllAsync(documents, d => d.Id == "b" ? throw new InvalidOperationException("no claims") : []);

        await adding.Should().ThrowAsync<InvalidOperationException>();
        (await _store.CountAsync()).Should().Be(0);
    }

    private static Document Article(string id, string text, string source = "Outlet") =>
        new(id, source, new Uri("https://example.org/" + id), new DateOnly(2025, 3, 4), "Title", text);
}
