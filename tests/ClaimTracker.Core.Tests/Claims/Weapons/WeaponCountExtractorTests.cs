using ClaimTracker.Claims;
using ClaimTracker.Claims.Weapons;
using ClaimTracker.Tests.Claims.Quantities;

namespace ClaimTracker.Tests.Claims.Weapons;

public class WeaponCountExtractorTests
{
    [Theory]
    [InlineData("Three rockets were fired at the town overnight.", "rocket", WeaponPhase.Launched, 3, "Three rockets were fired")]
    [InlineData("The army said 12 Shahed drones were shot down over Kyiv.", "drone", WeaponPhase.Intercepted, 12, "12 Shahed drones were shot down")]
    [InlineData("Air defences downed seven cruise missiles.", "missile", WeaponPhase.Intercepted, 7, "downed seven cruise missiles")]
    [InlineData("Houthi forces launched two anti-ship missiles at the tanker.", "missile", WeaponPhase.Launched, 2, "launched two anti-ship missiles")]
    [InlineData("Two drones launched from the south struck a power station.", "drone", WeaponPhase.Hit, 2, "Two drones launched from the south struck")]
    [InlineData("Four missiles fired from the sea were intercepted by the navy.", "missile", WeaponPhase.Intercepted, 4, "Four missiles fired from the sea were intercepted")]
    [InlineData("Six mortar shells landed near the checkpoint.", "shell", WeaponPhase.Hit, 6, "Six mortar shells landed")]
    [InlineData("A rocket slammed into a school in the north.", "rocket", WeaponPhase.Hit, 1, "A rocket slammed into")]
    [InlineData("The tanker was struck by a missile off the coast.", "missile", WeaponPhase.Hit, 1, "struck by a missile")]
    [InlineData("Two ballistic missiles fell short in the desert.", "missile", WeaponPhase.Crashed, 2, "Two ballistic missiles fell short")]
    [InlineData("One drone crash-landed in a field.", "drone", WeaponPhase.Crashed, 1, "One drone crash-landed")]
    [InlineData("Dozens of artillery shells fell on the village.", "shell", WeaponPhase.Hit, 24, "Dozens of artillery shells fell on")]
    [InlineData("Several kamikaze drones approached the base.", "drone", WeaponPhase.Unspecified, 3, "Several kamikaze drones approached")]
    [InlineData("Eight drones were seen over the airport.", "drone", WeaponPhase.Unspecified, 8, "Eight drones were seen")]
    [InlineData("An explosive device detonated under a bus.", "bomb", WeaponPhase.Hit, 1, "An explosive device detonated")]
    [InlineData("The third missile was intercepted over the sea.", "missile", WeaponPhase.Intercepted, 1, "The third missile was intercepted")]
    [InlineData("Police said 15 grenades were found in the car.", "bomb", WeaponPhase.Unspecified, 15, "15 grenades")]
    [InlineData("A drone destroyed a fuel depot.", "drone", WeaponPhase.Hit, 1, "A drone destroyed")]
    public void A_counted_weapon_takes_the_phase_of_its_governing_verb(string text, string weapon, WeaponPhase phase, int min, string quote)
    {
        var claim = ExtractorRun.Claims(WeaponCountExtractor.Default, text).Should().ContainSingle().Subject;

        var value = claim.Value.Should().BeOfType<WeaponCountValue>().Subject;
        value.Weapon.Should().Be(weapon);
        value.Phase.Should().Be(phase);
        value.Count.Min.Should().Be(min);
        claim.Evidence.Text.Should().Be(quote);
        claim.Subject.Should().StartWith(weapon == "aircraft" ? "aircraft" : weapon + "s");
    }

    [Theory]
    [InlineData("Russia launched 30 drones overnight. Twenty were shot down and eight hit energy facilities.",
        "drones launched 30|drones intercepted 20|drones hit 8")]
    [InlineData("Kyiv said it shot down 40 of 52 drones.", "drones launched 52|drones intercepted 40")]
    [InlineData("Militants fired five rockets at the base, two were intercepted, while the rest landed in open fields.",
        "rockets launched 5|rockets intercepted 2|rockets hit 3")]
    [InlineData("Six missiles were fired; one was downed and the remaining struck the port.",
        "missiles launched 6|missiles intercepted 1|missiles hit 5")]
    [InlineData("Two drones hit the refinery. One of them struck a storage tank.", "drones hit 2|drones hit 1")]
    [InlineData("A drone hit the depot. Another crashed near a farm.", "drones hit 1|drones crashed 1")]
    public void Sub_counts_and_remainders_take_their_weapon_from_the_context(string text, string expected)
    {
        var claims = ExtractorRun.Claims(WeaponCountExtractor.Default, text);

        claims.Select(c => $"{c.Subject} {((WeaponCountValue)c.Value).Count.Min}").Should().Equal(expected.Split('|'));
    }

    [Fact]
    public void A_vague_count_keeps_its_interval()
    {
        var value = (WeaponCountValue)ExtractorRun.Claims(WeaponCountExtractor.Default, "More than 100 rockets were launched at the city.").Single().Value;

        value.Count.Min.Should().Be(100);
        value.Count.Max.Should().BeNull();
        value.Count.IsExact.Should().BeFalse();
    }

    [Theory]
    [InlineData("Iran had launched no drones toward Azerbaijan.")]
    [InlineData("The country is within easy reach of Iranian drones and missiles.")]
    [InlineData("No aircraft, drone, or missile will ever be launched from our soil.")]
    [InlineData("Baku expelled four Iranian diplomats.")]
    [InlineData("The drone struck near the bridge.")]
    [InlineData("It was a drone attack on the airport.")]
    [InlineData("The army tested a missile defence system with two radars.")]
    [InlineData("Most were intercepted by air defences.")]
    [InlineData("The gunman fired more than 200 rounds.")]
    [InlineData("A warplane flew along the border for 40 minutes.")]
    [InlineData("Three people were killed and two were shot dead.")]
    [InlineData("The second drone strike in a week hit the port.")]
    [InlineData("")]
    public void Texts_without_a_weapon_count_yield_nothing(string text)
    {
        ExtractorRun.Claims(WeaponCountExtractor.Default, text).Should().BeEmpty();
    }

    [Fact]
    public void Garbage_never_throws()
    {
        ExtractorRun.AssertSafe(WeaponCountExtractor.Default);
    }
}
