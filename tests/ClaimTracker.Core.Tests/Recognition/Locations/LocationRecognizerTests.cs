using ClaimTracker.Recognition.Locations;

namespace ClaimTracker.Tests.Recognition.Locations;

public class LocationRecognizerTests
{
    private static IReadOnlyList<LocationMention> Recognize(string text) => LocationRecognizer.Default.Recognize(text);

    [Theory]
    [InlineData("Shells fell on Kharkiv overnight.", "Kharkiv", LocationKind.City, "UA")]
    [InlineData("Shells fell on Kharkov overnight.", "Kharkov", LocationKind.City, "UA")]
    [InlineData("A drone hit a port in Odesa.", "Odesa", LocationKind.City, "UA")]
    [InlineData("Rallies were held in Ardabil.", "Ardabil", LocationKind.City, "IR")]
    [InlineData("A blast shook Sumgait.", "Sumgait", LocationKind.City, "AZ")]
    [InlineData("Protesters gathered in Moscow.", "Moscow", LocationKind.City, "RU")]
    [InlineData("The envoy travelled to Ankara.", "Ankara", LocationKind.City, "TR")]
    [InlineData("Troops massed near Mosul.", "Mosul", LocationKind.City, "IQ")]
    [InlineData("Missiles were launched from Yemen.", "Yemen", LocationKind.Country, "YE")]
    [InlineData("A drone entered Polish airspace.", "Polish airspace", LocationKind.Country, "PL")]
    [InlineData("Shells landed on Lebanon's territory.", "Lebanon's territory", LocationKind.Country, "LB")]
    [InlineData("Ships crossed the Red Sea.", "Red Sea", LocationKind.Region, null)]
    public void Finds_gazetteer_places(string text, string mention, LocationKind kind, string? country) =>
        Recognize(text).Should().ContainSingle(m => m.Text == mention)
            .Which.Location.Should().BeEquivalentTo(new { Kind = kind, CountryId = country });

    [Theory]
    [InlineData("A drone hit Zvartnots International Airport.", "Zvartnots International Airport", LocationKind.Facility)]
    [InlineData("Jets left Incirlik Air Base at dawn.", "Incirlik Air Base", LocationKind.Facility)]
    [InlineData("The Druzhba oil pipeline was damaged.", "Druzhba oil pipeline", LocationKind.Facility)]
    [InlineData("Zaporizhzhia Nuclear Power Plant lost power.", "Zaporizhzhia Nuclear Power Plant", LocationKind.Facility)]
    [InlineData("The shell hit the village of Krasnohorivka.", "village of Krasnohorivka", LocationKind.Village)]
    [InlineData("Fighting reached the town of Pokrovsk.", "town of Pokrovsk", LocationKind.City)]
    [InlineData("Floods hit Sistan-Baluchestan province.", "Sistan-Baluchestan province", LocationKind.Region)]
    [InlineData("The Adjara Autonomous Republic held elections.", "Adjara Autonomous Republic", LocationKind.Region)]
    [InlineData("Shelling continued in the Kherson Oblast.", "Kherson Oblast", LocationKind.Region)]
    [InlineData("Crowds gathered outside the embassy in Vilnius.", "embassy in Vilnius", LocationKind.Facility)]
    public void Finds_places_by_pattern_even_when_never_seen(string text, string mention, LocationKind kind) =>
        Recognize(text).Should().ContainSingle(m => m.Text == mention).Which.Location.Kind.Should().Be(kind);

    [Fact]
    public void Pattern_place_takes_the_country_of_a_known_place_in_its_name()
    {
        var pipeline = Recognize("The Baku-Supsa pipeline was shut.").Should().ContainSingle(m => m.Location.Kind == LocationKind.Facility).Which;

        pipeline.Location.Should().Be(new Location("facility/baku-supsa-pipeline", "Baku-Supsa pipeline", LocationKind.Facility, "AZ"));
    }

    [Fact]
    public void Places_come_in_text_order_the_longer_first_of_two_that_start_together()
    {
        var mentions = Recognize("Shelling continued in the Kherson Oblast and near Kharkiv, then the Baku-Supsa pipeline was shut.");

        mentions.Select(m => m.Text).Should().ContainInOrder("Kherson Oblast", "Kharkiv", "Baku-Supsa pipeline");
        foreach (var text in ArticleTexts.SeedsAndGoldArticles())
        {
            var spans = Recognize(text).Select(m => (m.Span.Start, -m.Span.End)).ToList();
            spans.Should().BeInAscendingOrder();
        }
    }

    [Theory]
    [InlineData("Moscow rejected the proposal.")]
    [InlineData("Mobile phones were banned. Reading was encouraged.")]
    [InlineData("Iran denied it.")]
    [InlineData("The airport was closed.")]
    [InlineData("the region remained calm")]
    public void Actors_and_common_words_are_not_places(string text) =>
        Recognize(text).Should().BeEmpty();
}
