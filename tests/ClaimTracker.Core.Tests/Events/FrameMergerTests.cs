using ClaimTracker.Claims;
using ClaimTracker.Documents;
using ClaimTracker.Events;
using ClaimTracker.Recognition.Dates;
using ClaimTracker.Recognition.Locations;

namespace ClaimTracker.Tests.Events;

public class FrameMergerTests
{
    [Fact]
    public void Thousands_of_frames_are_merged_with_a_bounded_number_of_checks()
    {
        const int places = 1500;
        const int reports = 3;
        var frames = new List<EventFrame>();
        var day = new DateOnly(2025, 6, 2);
        for (var r = 0; r < reports; r++)
        {
            for (var p = 0; p < places; p++)
            {
                var place = new Location("XX/town-" + p, "Town" + p, LocationKind.City, "XX");
                frames.Add(Frame("d" + r + "-" + p, day.AddDays(p % 3), place, "shooting"));
            }
        }

        // Reports that name no place must not be checked against every event of their week either.
        for (var i = 0; i < 500; i++)
        {
            frames.Add(Frame("n" + i, day, null, "bombing"));
        }

        var merger = FrameMerger.Create();
        var clusters = merger.Merge(frames);

        clusters.Count(c => c.Type == "shooting").Should().Be(places);
        clusters.Where(c => c.Type == "shooting").Should().OnlyContain(c => c.Frames.Count == reports);
        merger.Checks.Should().BeLessThanOrEqualTo((long)frames.Count * FrameMerger.MaxCandidates);
        merger.Checks.Should().BeLessThan((long)frames.Count * frames.Count / 100);
    }

    [Theory]
    [InlineData("drone strike", "attack", true)]
    [InlineData("attack", "shooting", true)]
    [InlineData("shooting", "bombing", false)]
    [InlineData(null, "bombing", true)]
    public void A_generic_attack_agrees_with_any_specific_type(string? a, string b, bool agree) =>
        EventCompatibility.Default.TypesAgree(a, b).Should().Be(agree);

    [Theory]
    [InlineData("XX/lyon", "Lyon", LocationKind.City, "FR", "XX/marseille", "Marseille", LocationKind.City, "FR", "Different")]
    [InlineData("facility/odesa-airport", "Odesa Airport", LocationKind.Facility, "UA", "UA/odesa", "Odesa", LocationKind.City, "UA", "Same")]
    [InlineData("facility/port", "Ukrainian port of Chornomorivka", LocationKind.Facility, "UA", "facility/port2", "port of Chornomorivka", LocationKind.Facility, null, "Same")]
    [InlineData("UA", "Ukraine", LocationKind.Country, "UA", "UA/kyiv", "Kyiv", LocationKind.City, "UA", "Within")]
    [InlineData("PL", "Poland", LocationKind.Country, "PL", "UA/kyiv", "Kyiv", LocationKind.City, "UA", "Different")]
    public void Places_compare_by_id_name_core_and_containment(string idA, string nameA, LocationKind kindA, string? countryA, string idB, string nameB, LocationKind kindB, string? countryB, string expected) =>
        EventCompatibility.Default.Compare(new Location(idA, nameA, kindA, countryA), new Location(idB, nameB, kindB, countryB)).ToString().Should().Be(expected);

    private static EventFrame Frame(string document, DateOnly day, Location? place, string type)
    {
        var frame = new EventFrame(document, day.AddDays(1), 0);
        var none = new HashSet<string>();
        frame.Absorb(new SentenceCues(type, true, place, DateInterval.Day(day), false, none, none, none), EventVocabulary.Default);
        frame.Claims.Add(new Claim(document, ClaimKind.EventDate, document, document, "event date", new EventDateValue(DateInterval.Day(day), DateGranularity.Day), new Claimant(document, null, true), Modality.Asserted, new Evidence(new TextSpan(0, 1), "x", new TextSpan(0, 1), "x"), 1));
        return frame;
    }
}
