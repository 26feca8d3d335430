using ClaimTracker.Claims.Extraction;

namespace ClaimTracker.Tests.Claims.Extraction;

public class ClaimantResolverTests
{
    [Theory]
    [InlineData("Baku confirmed that four UAVs were directed toward the region.", "Azerbaijan", "AZ")]
    [InlineData("The foreign ministry and general staff of Iran's armed forces declared that no drones were launched.", null, "IR")]
    [InlineData("Three soldiers were wounded, Kyiv said.", "Ukraine", "UA")]
    [InlineData("According to Turkish officials, two missiles fell short.", null, "TR")]
    [InlineData("Two people died, the Israeli military said on Sunday.", null, "IL")]
    [InlineData("Moscow announced that 40 drones had been shot down.", "Russia", "RU")]
    [InlineData("Kyiv accused Moscow of shelling the market, where nine people died.", "Ukraine", "UA")]
    [InlineData("Nine people died, Ukraine's state emergency service said.", null, "UA")]
    [InlineData("Twelve bodies were recovered, the Lebanese health ministry said.", null, "LB")]
    public void The_subject_of_a_reporting_verb_is_the_claimant(string text, string? name, string country)
    {
        var claimant = ClaimantResolver.Default.Resolve(Sentences.Of(text)[0]);

        claimant.IsSource.Should().BeFalse();
        (claimant.Actor!.CountryId ?? claimant.Actor.Id).Should().Be(country);
        if (name is not null)
        {
            claimant.Name.Should().Be(name);
        }
    }

    [Theory]
    [InlineData("Five people were shot, police said.", "police")]
    [InlineData("According to hospital officials, nine were hurt.", "hospital officials")]
    [InlineData("A military spokesman told reporters that the base was hit.", "military spokesman")]
    public void An_unrecognized_speaker_is_named_by_its_words(string text, string name)
    {
        var claimant = ClaimantResolver.Default.Resolve(Sentences.Of(text)[0]);

        claimant.Should().BeEquivalentTo(new { Name = name, Actor = (object?)null, IsSource = false });
    }

    [Fact]
    public void He_said_points_to_the_last_person_named()
    {
        var sentences = Sentences.Of("French President Emmanuel Macron visited the site. “Twelve people were killed,” he said.");

        var claimant = ClaimantResolver.Default.Resolve(sentences[1]);

        claimant.Actor!.Kind.Should().Be(ClaimTracker.Recognition.Actors.ActorKind.Person);
        claimant.Actor.CountryId.Should().Be("FR");
    }

    [Theory]
    [InlineData("Two drones struck the airport.")]
    [InlineData("Four civilians were reportedly wounded.")]
    [InlineData("The ministry's statement was short.")]
    [InlineData("Videos show damage, while reports indicate that two civilians were injured.")]
    [InlineData("Tehran, which had initially denied involvement, later changed its tone.")]
    public void Without_a_reporting_cue_the_outlet_is_the_claimant(string text)
    {
        var claimant = ClaimantResolver.Default.Resolve(Sentences.Of(text, source: "Harbor Tribune")[0]);

        claimant.Should().Be(new ClaimTracker.Claims.Claimant("Harbor Tribune", null, IsSource: true));
    }
}
