using ClaimTracker.Claims;
using ClaimTracker.Claims.Dates;
using ClaimTracker.Recognition.Dates;
using ClaimTracker.Tests.Claims.Attribution;

namespace ClaimTracker.Tests.Claims.Dates;

public class EventDateExtractorTests
{
    [Theory]
    [InlineData("On Thursday, four drones struck the airport.", "2026-03-07", "2026-03-05", "2026-03-05", "On Thursday")]
    [InlineData("The bombing of the market on 3 June 2024 killed nine people.", "2025-01-10", "2024-06-03", "2024-06-03", "3 June 2024")]
    [InlineData("Rebels attacked the convoy in May 2023.", "2025-01-10", "2023-05-01", "2023-05-31", "May 2023")]
    [InlineData("The ministry said that 14 people were killed in the blast on Saturday.", "2025-01-10", "2025-01-04", "2025-01-04", "on Saturday")]
    [InlineData("Villagers buried their dead on Monday after Sunday's shelling.", "2025-06-17", "2025-06-15", "2025-06-15", "Sunday")]
    [InlineData("The crisis peaked in 2021 when, in March, gunmen stormed the consulate.", "2025-01-10", "2021-03-01", "2021-03-31", "in March")]
    [InlineData("On 12 April, the sirens went silent. Then three rockets hit the base.", "2025-05-01", "2025-04-12", "2025-04-12", "On 12 April")]
    public void Dates_the_attack(string text, string published, string start, string end, string quote)
    {
        var claims = ExtractorRun.Claims(EventDateExtractor.Default, text, published);

        var claim = claims.Should().ContainSingle(text).Subject;
        claim.Subject.Should().Be("event date");
        ((EventDateValue)claim.Value).Date.Should().Be(new DateInterval(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)));
        claim.Evidence.Text.Should().Contain(quote);
    }

    [Fact]
    public void Granularity_comes_from_the_mention()
    {
        var claims = ExtractorRun.Claims(EventDateExtractor.Default, "Militants shelled the town in 2019.", "2025-01-10");

        claims.Should().ContainSingle().Which.Value.Should().Be(new EventDateValue(DateInterval.Year(2019), DateGranularity.Year));
    }

    [Theory]
    [InlineData("On March 4, the president visited the embassy.", "2025-06-01")]
    [InlineData("The embassy reopened in July 2024.", "2025-06-01")]
    [InlineData("Talks on the shelling are planned for next month.", "2025-01-10")]
    [InlineData("NATO jets downed three drones, the alliance said on Thursday.", "2025-09-11")]
    [InlineData("Two years have passed since the attack.", "2025-01-10")]
    [InlineData("On Tuesday, militants attacked the checkpoint.", null)]
    [InlineData("Relations hit rock bottom in late 2022.", "2025-01-10")]
    [InlineData("The summit in May 2024 followed a year without missile strikes.", "2025-01-10")]
    [InlineData("", "2025-01-10")]
    public void Yields_nothing_for_dates_of_other_events_or_unresolved_dates(string text, string? published)
    {
        ExtractorRun.Claims(EventDateExtractor.Default, text, published).Should().BeEmpty(text);
    }
}
