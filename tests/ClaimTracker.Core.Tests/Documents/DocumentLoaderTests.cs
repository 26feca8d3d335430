using System.Text;
using ClaimTracker.Documents;

namespace ClaimTracker.Tests.Documents;

public sealed class DocumentLoaderTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("claimtracker-loader-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Seeds_load_with_header_dates_and_without_page_debris()
    {
        var batch = new DocumentLoader().LoadPaths([SeedFiles.Folder]);

        batch.Errors.Should().BeEmpty();
        batch.Documents.Select(d => d.Id).Should().Equal(
            "000_e5b26e644eac3779", "001_e3ff4aa7f9078776", "002_1a9bcebe537d78f8", "003_b19e6775d5f173d3", "004_c58213d25993da3a");
        batch.Documents.Select(d => d.Published).Should().Equal(
            new DateOnly(2026, 3, 6), new DateOnly(2026, 3, 8), null, new DateOnly(2026, 3, 7), new DateOnly(2026, 3, 5));
        var first = batch.Documents[0];
        first.Text.Should().StartWith("Diplomacy sometimes produces moments");
        first.Text.Should().NotContain("↺").And.NotContain("16 px");
        batch.Documents[1].Text.Should().StartWith("As Iran lashed out at neighboring countries");
    }

    [Fact]
    public void The_folder_manifest_is_copied_into_documents_but_not_loaded_as_one()
    {
        var batch = new DocumentLoader().LoadPaths([SeedFiles.Folder]);

        batch.Documents.Should().HaveCount(5);
        batch.Documents[0].Source.Should().Be("News.Az");
    }

    [Fact]
    public void A_manifest_overrides_the_header_date_and_names_the_source()
    {
        Write("a.txt", " date 2020-01-01 Three people were hurt.");
        Write("manifest.json", """[{"file": "a.txt", "source": "Daily Example", "published": "2021-05-06", "title": "Hurt", "url": "https://example.org/a"}]""");

        var document = LoadOne();

        document.Source.Should().Be("Daily Example");
        document.Published.Should().Be(new DateOnly(2021, 5, 6));
        document.Title.Should().Be("Hurt");
        document.Url.Should().Be(new Uri("https://example.org/a"));
        document.Text.Should().Be("Three people were hurt.");
    }

    [Fact]
    public void Json_documents_keep_their_fields()
    {
        Write("story.json", """{"id": "abc", "source": "wire.example", "published": "2014-02-13T08:00:00Z", "title": "Five hurt", "url": "http://example.com/x", "text": "Five people were hurt."}""");

        var document = LoadOne();

        document.Should().BeEquivalentTo(new Document("abc", "wire.example", new Uri("http://example.com/x"), new DateOnly(2014, 2, 13), "Five hurt", "Five people were hurt."));
    }

    [Theory]
    [InlineData("empty.txt", "", "empty")]
    [InlineData("blank.txt", "  \n\t\n ", "no article text")]
    [InlineData("nul.txt", "abc\0def", "binary")]
    [InlineData("no-text.json", """{"source": "x"}""", "no \"text\" string")]
    [InlineData("array.json", """["text"]""", "not a JSON object")]
    [InlineData("broken.json", """{"text": "unterminated""", "not a JSON object")]
    [InlineData("bad-date.json", """{"text": "Two were hurt.", "published": "last Tuesday"}""", "\"published\" is not a date")]
    public void Bad_files_are_rejected_with_a_reason_and_the_rest_still_load(string name, string content, string reason)
    {
        Write("good.txt", "Two drones struck the airport.");
        Write(name, content);

        var batch = new DocumentLoader().LoadPaths([_folder.FullName]);

        batch.Documents.Should().ContainSingle().Which.Text.Should().Be("Two drones struck the airport.");
        var error = batch.Errors.Should().ContainSingle().Subject;
        error.Origin.Should().EndWith(name);
        error.Reason.Should().Contain(reason);
    }

    [Fact]
    public void Invalid_utf8_is_rejected_naming_the_offset()
    {
        File.WriteAllBytes(Path.Combine(_folder.FullName, "latin1.txt"), [0x43, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x6B]);

        var error = new DocumentLoader().LoadPaths([_folder.FullName]).Errors.Should().ContainSingle().Subject;

        error.Reason.Should().Contain("not valid UTF-8").And.Contain("offset 3");
    }

    [Fact]
    public void Files_over_the_size_limit_are_rejected_before_reading()
    {
        Write("big.txt", new string('a', 2000));

        var batch = new DocumentLoader(new DocumentLoaderOptions { MaxFileBytes = 1000 }).LoadPaths([_folder.FullName]);

        batch.Errors.Should().ContainSingle().Which.Reason.Should().Contain("over the limit of 1000 bytes");
    }

    [Fact]
    public void Missing_paths_and_broken_manifests_are_reported_without_losing_articles()
    {
        Write("a.txt", "Four people died.");
        Write("manifest.json", "{ not json");

        var batch = new DocumentLoader().LoadPaths([_folder.FullName, Path.Combine(_folder.FullName, "nope.txt")]);

        batch.Documents.Should().ContainSingle().Which.Source.Should().Be("a.txt");
        batch.Errors.Select(e => e.Reason).Should().Contain(r => r.Contains("manifest could not be read"))
            .And.Contain(r => r.Contains("no such file or folder"));
    }

    [Fact]
    public void Text_ids_are_stable_for_the_same_source_and_text()
    {
        var loader = new DocumentLoader();

        var a = loader.FromText("Two drones struck.", "wire").Document!;
        var b = loader.FromText("Two drones struck.", "wire").Document!;
        var c = loader.FromText("Four drones struck.", "wire").Document!;

        a.Id.Should().Be(b.Id).And.NotBe(c.Id).And.MatchRegex("^[0-9a-f]{16}$");
    }

    [Fact]
    public void Text_without_a_source_or_over_the_limit_is_rejected()
    {
        var loader = new DocumentLoader(new DocumentLoaderOptions { MaxFileBytes = 10 });

        loader.FromText("Two drones struck.", " ").Error!.Reason.Should().Contain("no source");
        loader.FromText("Two drones struck the airport.", "wire").Error!.Reason.Should().Contain("larger than the limit");
    }

    [Fact]
    public void A_leading_date_line_in_text_sets_the_publication_date_unless_one_is_given()
    {
        var loader = new DocumentLoader();

        loader.FromText(" date 2026-03-08 One drone crashed.", "wire").Document!.Published.Should().Be(new DateOnly(2026, 3, 8));
        loader.FromText(" date 2026-03-08 One drone crashed.", "wire", new DateOnly(2026, 1, 1)).Document!.Published.Should().Be(new DateOnly(2026, 1, 1));
    }

    [Fact]
    public void Each_file_is_read_only_when_the_sequence_reaches_it()
    {
        Write("a.txt", "Two people were hurt.");
        Write("b.txt", "Three people were hurt.");
        var loader = new DocumentLoader();
        var files = loader.FindArticles([_folder.FullName], new List<DocumentError>());

        using var results = loader.LoadEach(files).GetEnumerator();
        results.MoveNext().Should().BeTrue();
        results.Current.Document!.Text.Should().Be("Two people were hurt.");
        Write("b.txt", "Five people were hurt.");
        results.MoveNext().Should().BeTrue();

        results.Current.Document!.Text.Should().Be("Five people were hurt.");
        results.MoveNext().Should().BeFalse();
    }

    [Fact]
    public void Found_articles_are_sorted_without_the_manifest_and_missing_paths_are_errors()
    {
        Write("b.txt", "Two people were hurt.");
        Write("a.json", """{"text": "Three people were hurt."}""");
        Write("manifest.json", "[]");
        var errors = new List<DocumentError>();

        var files = new DocumentLoader().FindArticles([_folder.FullName, Path.Combine(_folder.FullName, "nope.txt")], errors);

        files.Select(Path.GetFileName).Should().Equal("a.json", "b.txt");
        errors.Should().ContainSingle().Which.Reason.Should().Be("no such file or folder");
    }

    [Fact]
    public void A_broken_manifest_is_reported_once_before_the_first_file_of_its_folder()
    {
        Write("a.txt", "Two people were hurt.");
        Write("b.txt", "Three people were hurt.");
        Write("manifest.json", "{ not json");
        var loader = new DocumentLoader();

        var results = loader.LoadEach(loader.FindArticles([_folder.FullName], new List<DocumentError>())).ToList();

        results.Select(r => r.Success).Should().Equal(false, true, true);
        results[0].Error!.Origin.Should().EndWith("manifest.json");
        results.Skip(1).Select(r => r.Document!.Source).Should().Equal("a.txt", "b.txt");
    }

    private void Write(string name, string content) =>
        File.WriteAllText(Path.Combine(_folder.FullName, name), content, new UTF8Encoding(false));

    private Document LoadOne()
    {
        var batch = new DocumentLoader().LoadPaths([_folder.FullName]);
        batch.Errors.Should().BeEmpty();
        return batch.Documents.Should().ContainSingle().Subject;
    }
}
