using ClaimTracker.Recognition.Actors;

namespace ClaimTracker.Tests.Recognition.Actors;

/// <summary>
/// ASCII names take a one-pass path to their slug; every other name is decomposed and loses its marks. Both must give
/// the same slug for the same letters, or one place would get two ids depending on how it was written.
/// </summary>
public class SlugTests
{
    [Theory]
    [InlineData("Joe Biden", "joe-biden")]
    [InlineData("  Kharkiv   Oblast -- ", "kharkiv-oblast")]
    [InlineData("Baku-Tbilisi-Ceyhan pipeline", "baku-tbilisi-ceyhan-pipeline")]
    [InlineData("U.S.", "u-s")]
    [InlineData("---", "")]
    [InlineData("", "")]
    public void Ascii_names_become_lower_case_words_joined_by_single_dashes(string name, string slug) =>
        Slug.Of(name).Should().Be(slug);

    [Theory]
    [InlineData("Zürich Airport", "Zurich Airport")]
    [InlineData("Kamianka–Dniprovska", "Kamianka-Dniprovska")]
    [InlineData("São Tomé  ", "Sao Tome")]
    public void Names_with_marks_or_other_dashes_slug_like_their_ascii_spelling(string name, string ascii) =>
        Slug.Of(name).Should().Be(Slug.Of(ascii));

    [Fact]
    public void A_long_ascii_name_is_slugged_whole()
    {
        var name = string.Join(" ", Enumerable.Repeat("Word", 100));

        Slug.Of(name).Should().Be(string.Join("-", Enumerable.Repeat("word", 100)));
    }
}
