using ClaimTracker.Claims;
using ClaimTracker.Documents;
using ClaimTracker.Evaluation;
using ClaimTracker.Recognition.Actors;
using ClaimTracker.Recognition.Dates;
using ClaimTracker.Recognition.Numbers;

namespace ClaimTracker.Tests.Evaluation;

public class ClaimEquivalenceTests
{
    private static readonly TextSpan Span = new(0, 10);

    [Theory]
    [InlineData(3, 3, true, 3, 3, NumberQualifier.Exact, true)]
    [InlineData(3, 3, true, 4, 4, NumberQualifier.Exact, false)]
    [InlineData(3, 7, false, 3, 7, NumberQualifier.Vague, true)]
    [InlineData(2, null, false, 2, null, NumberQualifier.AtLeast, true)]
    [InlineData(2, null, false, 2, 2, NumberQualifier.Exact, false)]
    [InlineData(15, 15, false, 13, 17, NumberQualifier.Approximate, true)]
    [InlineData(15, 15, false, 16, 17, NumberQualifier.Approximate, false)]
    [InlineData(15, 15, true, 13, 17, NumberQualifier.Approximate, false)]
    [InlineData(41, null, false, 40, null, NumberQualifier.MoreThan, true)]
    [InlineData(40, null, false, 40, null, NumberQualifier.MoreThan, false)]
    public void Counts_match_on_equal_bounds_or_an_approximation_holding_the_annotated_figure(
        int goldMin, int? goldMax, bool exact, int min, int? max, NumberQualifier qualifier, bool expected)
    {
        var gold = new GoldClaim("g", "d", "E", ClaimKind.Casualties, "q", Span) { Casualty = CasualtyType.Injured, Min = goldMin, Max = goldMax, Exact = exact };

        ClaimEquivalence.ValueMatches(gold, Predicted(new CasualtyValue(CasualtyType.Injured, null, new NumberValue(min, max, qualifier))))
            .Should().Be(expected);
    }

    [Theory]
    [InlineData("IR", "person/ali-example", "IR", true)]
    [InlineData("IR", "IR.foreign-ministry", "IR", true)]
    [InlineData("Hamas", "hamas", null, true)]
    [InlineData("IR", "AZ", "AZ", false)]
    public void Attackers_compare_at_country_level_or_by_name(string gold, string actorId, string? country, bool expected)
    {
        var goldClaim = new GoldClaim("g", "d", "E", ClaimKind.Attribution, "q", Span) { Attacker = gold };
        var actor = new Actor(actorId, actorId == "hamas" ? "Hamas" : actorId, ActorKind.Organisation, country, null);

        ClaimEquivalence.KeyMatches(goldClaim, Predicted(new AttributionValue(actor, null))).Should().Be(expected);
    }

    [Theory]
    [InlineData(StanceType.Accusation, "AZ", "IR", "IR", true)]
    [InlineData(StanceType.Accusation, "AZ", "IR", "AZ", false)]
    [InlineData(StanceType.Denial, "IR", null, "IR", true)]
    public void The_gold_actor_of_an_accusation_is_the_accused(StanceType stance, string actor, string? against, string gold, bool expected)
    {
        var goldClaim = new GoldClaim("g", "d", "E", ClaimKind.Stance, "q", Span) { Actor = gold, Stance = stance };
        var value = new StanceValue(Country(actor), stance, against is null ? null : Country(against));

        ClaimEquivalence.KeyMatches(goldClaim, Predicted(value)).Should().Be(expected);
    }

    [Theory]
    [InlineData("2023-01-01", "2023-01-31", "2023-01-27", true)]
    [InlineData("2026-03-05", "2026-03-05", "2026-03-06", false)]
    public void Dates_match_when_the_intervals_overlap(string start, string end, string predicted, bool expected)
    {
        var gold = new GoldClaim("g", "d", "E", ClaimKind.EventDate, "q", Span) { Dates = new DateInterval(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)) };
        var day = DateOnly.Parse(predicted, System.Globalization.CultureInfo.InvariantCulture);

        ClaimEquivalence.KeyMatches(gold, Predicted(new EventDateValue(DateInterval.Day(day), DateGranularity.Day))).Should().Be(expected);
    }

    [Fact]
    public void A_weapon_count_of_another_phase_has_another_key()
    {
        var gold = new GoldClaim("g", "d", "E", ClaimKind.WeaponCount, "q", Span) { Weapon = "drone", Phase = WeaponPhase.Hit, Min = 2, Max = 2 };

        ClaimEquivalence.KeyMatches(gold, Predicted(new WeaponCountValue("drone", WeaponPhase.Hit, NumberValue.Exactly(3)))).Should().BeTrue();
        ClaimEquivalence.KeyMatches(gold, Predicted(new WeaponCountValue("drone", WeaponPhase.Intercepted, NumberValue.Exactly(2)))).Should().BeFalse();
        ClaimEquivalence.KeyMatches(gold, Predicted(new WeaponCountValue("missile", WeaponPhase.Hit, NumberValue.Exactly(2)))).Should().BeFalse();
    }

    [Theory]
    [InlineData("source", "News Outlet", null, true, true)]
    [InlineData("source", "police", null, false, false)]
    [InlineData("police", "the police", null, false, true)]
    [InlineData("AZ", "Baku", "AZ", false, true)]
    [InlineData("AZ", "Tehran", "IR", false, false)]
    public void Claimants_agree_as_the_outlet_by_actor_or_by_plain_name(string gold, string name, string? actorId, bool isSource, bool expected)
    {
        var goldClaim = new GoldClaim("g", "d", "E", ClaimKind.Casualties, "q", Span) { Claimant = gold };
        var actor = actorId is null ? null : new Actor(actorId, name, ActorKind.Country, actorId, null);
        var claim = Predicted(new CasualtyValue(CasualtyType.Killed, null, NumberValue.Exactly(1))) with { Claimant = new Claimant(name, actor, isSource) };

        ClaimEquivalence.ClaimantAgrees(goldClaim, claim).Should().Be(expected);
    }

    private static Claim Predicted(ClaimValue value) =>
        new("p", ClaimKind.Casualties, "d", "outlet", "s", value, new Claimant("outlet", null, true), Modality.Asserted, new Evidence(Span, "q", Span, "q"), 1);

    private static Actor Country(string code) => new(code, code, ActorKind.Country, code, null);
}
