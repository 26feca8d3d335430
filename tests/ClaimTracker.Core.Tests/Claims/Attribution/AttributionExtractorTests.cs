using ClaimTracker.Claims;
using ClaimTracker.Claims.Attribution;

namespace ClaimTracker.Tests.Claims.Attribution;

public class AttributionExtractorTests
{
    [Theory]
    [InlineData("Russian missiles hit Kyiv on Monday.", "RU", "UA")]
    [InlineData("Hezbollah fired rockets at northern Israel overnight.", "hezbollah", "IL")]
    [InlineData("The attack was carried out by Hamas, officials said.", "hamas", null)]
    [InlineData("Israeli strikes on Iranian air defences continued for a third day.", "IL", "IR")]
    [InlineData("Drones launched from Russian territory struck the Ukrainian city of Odesa.", "RU", "UA")]
    [InlineData("Missiles fired from Syrian territory hit an Israeli army post.", "SY", "IL")]
    [InlineData("UAVs from the armed forces of Russia were directed toward Georgian villages.", "RU", "GE")]
    [InlineData("Turkish warplanes struck Kurdish positions in Iraq.", "TR", "IQ")]
    [InlineData("Officials described a false flag operation by Ukraine.", "UA", null)]
    [InlineData("The Indian army said it had struck militant camps in Pakistan.", "IN", "PK")]
    [InlineData("The barrage was launched by the Liwa Harbi Brigade, the army said.", "Liwa Harbi Brigade", null)]
    [InlineData("A gunman opened fire on worshippers at a mosque in Pakistan.", "gunman", "PK")]
    [InlineData("Pakistani troops reportedly shelled an Indian border post.", "PK", "IN")]
    [InlineData("Iranian strikes targeted sites linked to the American military across the region.", "IR", "US")]
    public void Finds_who_attacked_whom(string text, string attacker, string? target)
    {
        var claims = ExtractorRun.Claims(AttributionExtractor.Default, text);

        claims.Should().ContainSingle(c => Country(((AttributionValue)c.Value).Attacker) == attacker, text);
        var claim = claims.Single(c => Country(((AttributionValue)c.Value).Attacker) == attacker);
        claim.Subject.Should().Be("attacker");
        claim.Kind.Should().Be(ClaimKind.Attribution);
        var value = (AttributionValue)claim.Value;
        (value.Target is null ? null : Country(value.Target)).Should().Be(target);
        text.Should().Contain(claim.Evidence.Text);
        claim.Evidence.Text.Length.Should().BeLessThan(text.Length);
    }

    [Fact]
    public void Each_of_two_joined_attackers_is_a_claim()
    {
        var claims = ExtractorRun.Claims(AttributionExtractor.Default, "The United States and Britain launched strikes on Yemen.");

        claims.Select(c => Country(((AttributionValue)c.Value).Attacker)).Should().BeEquivalentTo(["US", "GB"]);
    }

    [Theory]
    [InlineData("Iran condemned the attack on the convoy.")]
    [InlineData("Germany called for de-escalation after the strikes.")]
    [InlineData("Azerbaijan said its territory would not be used for attacks against Iran.")]
    [InlineData("An attack on this pipeline would cripple exports.")]
    [InlineData("No missile will ever be launched from Georgian soil.")]
    [InlineData("Pakistan's military denied that its troops had fired at the village.")]
    [InlineData("Relations with Moscow hit rock bottom last year.")]
    [InlineData("Iranian drones are within reach of the oil platforms.")]
    [InlineData("Russia launched an investigation into the crash.")]
    [InlineData("Armenia and Georgia, neighbours of the region, watched the strikes closely.")]
    [InlineData("Iraqi forces had launched no drones toward Kuwait.")]
    [InlineData("Two drones struck the airport and a school.")]
    [InlineData("")]
    public void Yields_nothing_without_an_attack_by_a_named_attacker(string text)
    {
        ExtractorRun.Claims(AttributionExtractor.Default, text).Should().BeEmpty(text);
    }

    private static string Country(ClaimTracker.Recognition.Actors.Actor actor) =>
        actor.Id.StartsWith("group/", StringComparison.Ordinal) || actor.Id.StartsWith("unknown/", StringComparison.Ordinal) ? actor.Name : ActorCountries.CountryIdOf(actor);
}
