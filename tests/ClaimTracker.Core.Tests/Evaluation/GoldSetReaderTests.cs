using ClaimTracker.Claims;
using ClaimTracker.Evaluation;

namespace ClaimTracker.Tests.Evaluation;

public sealed class GoldSetReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Reads_documents_with_the_gold_outlet_and_date_and_finds_every_quote()
    {
        var gold = MiniGold.Write(_folder);

        gold.Documents.Select(d => (d.Id, d.Source, d.Published)).Should().Equal(
            ("d1", "Outlet One", new DateOnly(2025, 6, 10)),
            ("d2", "Outlet Two", new DateOnly(2025, 6, 11)));
        gold.Claims.Should().HaveCount(6);
        var stance = gold.Claims.Single(c => c.Id == "g3");
        (stance.Kind, stance.Actor, stance.Stance).Should().Be((ClaimKind.Stance, "IR", StanceType.Denial));
        stance.Span.Slice(MiniGold.First).Should().Be("Iran denied any role");
        gold.Conflicts.Single().ClaimIds.Should().Equal("g1", "g4");
        gold.NonConflicts.Single().Note.Should().Be("different events");
        gold.NonClaims.Single().Kind.Should().Be(ClaimKind.WeaponCount);
    }

    [Fact]
    public void An_occurrence_picks_a_later_copy_of_the_quote()
    {
        var json = MiniGold.Json.Replace("\"quote\": \"Four drones were launched\"", "\"quote\": \"launched\", \"occurrence\": 2", StringComparison.Ordinal);

        var gold = MiniGold.Write(_folder, json);

        var span = gold.Claims.Single(c => c.Id == "g2").Span;
        span.Start.Should().Be(MiniGold.First.LastIndexOf("launched", StringComparison.Ordinal));
    }

    [Fact]
    public void A_manifest_beside_the_articles_supplies_what_the_gold_entry_leaves_out()
    {
        _folder.Write("docs/manifest.json", """[{ "file": "d1.txt", "source": "Manifest Outlet", "published": "2025-01-02" }]""");
        var json = MiniGold.Json.Replace("\"source\": \"Outlet One\", \"published\": \"2025-06-10\"", "\"published\": null", StringComparison.Ordinal);

        var gold = MiniGold.Write(_folder, json);

        gold.Documents[0].Source.Should().Be("Manifest Outlet");
        gold.Documents[0].Published.Should().Be(new DateOnly(2025, 1, 2));
    }

    public static TheoryData<string, string, string> BrokenSets => new()
    {
        { "\"kind\": \"stance\"", "\"kind\": \"mood\"", "'kind' is 'mood', expected weaponCount | casualties" },
        { "\"quote\": \"Iran denied any role\"", "\"quote\": \"Iran denied everything\"", "the quote \"Iran denied everything\" is not in the cleaned text of 'd1'" },
        { "\"document\": \"d1\", \"event\": \"E1\", \"kind\": \"stance\"", "\"document\": \"d9\", \"event\": \"E1\", \"kind\": \"stance\"", "document 'd9' is not among the documents" },
        { "\"claims\": [\"g1\", \"g4\"]", "\"claims\": [\"g1\", \"g44\"]", "unknown claim id(s) g44" },
        { "\"min\": 5, \"max\": 5", "\"min\": 5, \"max\": 1", "'max' 1 is below 'min' 5" },
        { "\"weapon\": \"drone\", ", "", "'weapon' is missing" },
        { "\"start\": \"2025-06-09\"", "\"start\": \"June 9\"", "must be dates (YYYY-MM-DD)" },
        { "\"event\": \"E2\"", "\"event\": \"E7\"", "event 'E7' is not among the events" },
        { "\"id\": \"g6\"", "\"id\": \"g5\"", "duplicate claim id" },
        { "docs/d2.txt", "docs/missing.txt", "docs/missing.txt could not be loaded (no such file" },
        { "\"modality\": \"asserted\", \"quote\": \"Iran denied", "\"modality\": \"surely\", \"quote\": \"Iran denied", "'modality' is 'surely'" },
    };

    [Theory]
    [MemberData(nameof(BrokenSets))]
    public void A_broken_entry_makes_the_set_unusable_and_is_named(string find, string replace, string problem)
    {
        MiniGold.Json.Should().Contain(find);
        _folder.Write("docs/d1.txt", MiniGold.First);
        _folder.Write("docs/d2.txt", MiniGold.Second);

        var result = GoldSetReader.Read(_folder.Write("gold.json", MiniGold.Json.Replace(find, replace, StringComparison.Ordinal)));

        result.IsUsable.Should().BeFalse();
        result.Problems.Should().Contain(p => p.Contains(problem, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{ not json", "the JSON is invalid")]
    [InlineData("[1, 2]", "the JSON is invalid")]
    [InlineData("{}", "the gold set names no documents")]
    [InlineData("{ \"documents\": 3 }", "documents: must be an array")]
    public void A_file_that_is_not_a_gold_set_is_reported(string content, string problem)
    {
        var result = GoldSetReader.Read(_folder.Write("gold.json", content));

        result.Value.Should().BeNull();
        result.Problems.Should().ContainSingle(p => p.Contains(problem, StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_file_is_reported()
    {
        var result = GoldSetReader.Read(Path.Combine(_folder.Path, "nope.json"));

        result.Problems.Should().ContainSingle().Which.Should().EndWith("no such gold file");
    }

    [Theory]
    [InlineData("seeds.json", 5, 59)]
    [InlineData("articles.json", 15, 113)]
    public void The_project_gold_sets_are_valid(string file, int documents, int claims)
    {
        var result = GoldSetReader.Read(RepositoryFiles.PathOf("tests", "gold", file));

        result.Problems.Should().BeEmpty();
        result.Value!.Documents.Should().HaveCount(documents);
        result.Value.Claims.Should().HaveCount(claims);
    }
}
