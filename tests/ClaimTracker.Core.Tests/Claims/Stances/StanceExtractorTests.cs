using ClaimTracker.Claims;
using ClaimTracker.Claims.Attribution;
using ClaimTracker.Claims.Stances;
using ClaimTracker.Tests.Claims.Attribution;

namespace ClaimTracker.Tests.Claims.Stances;

public class StanceExtractorTests
{
    [Theory]
    [InlineData("Moscow denied targeting civilians in the strike.", "RU", StanceType.Denial, null)]
    [InlineData("Russia's defence ministry rejected the accusations about the missile attack.", "RU", StanceType.Denial, null)]
    [InlineData("Hamas claimed responsibility for the bombing.", "hamas", StanceType.Acknowledgment, null)]
    [InlineData("Kyiv accused Russia of shelling the dam.", "UA", StanceType.Accusation, "RU")]
    [InlineData("Ankara said responsibility for the attack lies with Syrian forces.", "TR", StanceType.Accusation, "SY")]
    [InlineData("Syria's president later admitted that the rockets had been fired by mistake.", "SY", StanceType.Acknowledgment, null)]
    [InlineData("The Lebanese government, which had initially denied involvement in the rocket attack, changed its tone.", "LB", StanceType.Denial, null)]
    [InlineData("Pakistan's foreign ministry dismissed India's account of the shelling.", "PK", StanceType.Denial, null)]
    [InlineData("Belarus's foreign ministry declared that Belarusian forces had fired no missiles toward Poland.", "BY", StanceType.Denial, null)]
    [InlineData("Initially, Israel called the shooting a personal grudge.", "IL", StanceType.Denial, null)]
    [InlineData("The armed group Liwa Harbi claimed responsibility for the drone attack.", "Liwa Harbi", StanceType.Acknowledgment, null)]
    [InlineData("Russia's defence ministry said it had struck military targets in Odesa and denied harming civilians.", "RU", StanceType.Acknowledgment, null)]
    public void Finds_the_stance_its_actor_and_the_accused(string text, string actor, StanceType stance, string? against)
    {
        var claims = ExtractorRun.Claims(StanceExtractor.Default, text);

        claims.Should().ContainSingle(text);
        var value = (StanceValue)claims[0].Value;
        Name(value.Actor).Should().Be(actor);
        value.Stance.Should().Be(stance);
        (value.Against is null ? null : Name(value.Against)).Should().Be(against);
        claims[0].Subject.Should().Be(ActorCountries.CountryNameOf(value.Actor) + "'s stance");
    }

    [Fact]
    public void An_accusation_without_a_named_accused_takes_the_attacker_reported_just_before()
    {
        var claims = ExtractorRun.Claims(StanceExtractor.Default, "Russian missiles hit Kharkiv on Monday. Ukraine's foreign ministry called it a war crime.");

        var value = (StanceValue)claims.Should().ContainSingle().Subject.Value;
        (value.Actor.CountryId, value.Stance, value.Against?.Id).Should().Be(("UA", StanceType.Accusation, "RU"));
    }

    [Fact]
    public void A_body_and_its_country_share_one_subject_so_denial_and_acknowledgment_compare()
    {
        var claims = ExtractorRun.Claims(StanceExtractor.Default, "Iran's foreign ministry denied the drone strike. Days later, Tehran acknowledged the strike.");

        claims.Select(c => c.Subject).Should().Equal("Iran's stance", "Iran's stance");
        claims.Select(c => ((StanceValue)c.Value).Stance).Should().Equal(StanceType.Denial, StanceType.Acknowledgment);
        ((StanceValue)claims[0].Value).Actor.Id.Should().Be("IR.foreign-ministry");
    }

    [Fact]
    public void A_forecast_denial_is_kept_and_marked_predicted()
    {
        var claims = ExtractorRun.Claims(StanceExtractor.Default, "Drones hit the depot. Israel will continue to deny responsibility.");

        claims.Should().ContainSingle().Which.Modality.Should().Be(Modality.Predicted);
    }

    [Fact]
    public void Several_cues_of_one_actor_in_a_sentence_make_one_claim()
    {
        var claims = ExtractorRun.Claims(StanceExtractor.Default, "Iran's president acknowledged that the strikes had taken place and expressed regret.");

        claims.Should().ContainSingle().Which.Value.Should().BeOfType<StanceValue>().Which.Stance.Should().Be(StanceType.Acknowledgment);
    }

    [Theory]
    [InlineData("Russia did not deny the strike on the port.")]
    [InlineData("Iran refused to acknowledge the drone attack.")]
    [InlineData("The minister denied that he would resign.")]
    [InlineData("Observers called for calm after the attack.")]
    [InlineData("Baku expelled two diplomats accused of spying after the drone strike.")]
    [InlineData("A public denial of the shelling followed.")]
    [InlineData("")]
    public void Yields_nothing_without_a_position_on_an_attack(string text)
    {
        ExtractorRun.Claims(StanceExtractor.Default, text).Should().BeEmpty(text);
    }

    private static string Name(ClaimTracker.Recognition.Actors.Actor actor) =>
        actor.Id.StartsWith("group/", StringComparison.Ordinal) ? actor.Name : ActorCountries.CountryIdOf(actor);
}
