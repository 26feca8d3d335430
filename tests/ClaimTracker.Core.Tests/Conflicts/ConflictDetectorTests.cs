using System.Security.Cryptography;
using System.Text;
using ClaimTracker.Claims;
using ClaimTracker.Conflicts;
using ClaimTracker.Events;
using ClaimTracker.Recognition.Actors;
using ClaimTracker.Recognition.Numbers;

namespace ClaimTracker.Tests.Conflicts;

public class ConflictDetectorTests
{
    private static readonly NumberValue Several = new(3, 7, NumberQualifier.Vague);

    private static IReadOnlyList<Conflict> Detect(ClaimSet set)
    {
        var events = set.Claims.Select(c => c.EventId!).Distinct().Select(id => new Event(id, id, "attack", null, null, [], [], [])).ToArray();
        return ConflictDetector.Default.Detect(events, set.Claims, set.Documents);
    }

    private static ClaimSet Outlets() => new ClaimSet()
        .Document("a", "Outlet A", new DateOnly(2025, 3, 4))
        .Document("b", "Outlet B", new DateOnly(2025, 3, 5))
        .Document("c", "Outlet C", new DateOnly(2025, 3, 6));

    [Fact]
    public void A_higher_later_toll_conflicts_and_the_explanation_names_earliest_and_latest()
    {
        var set = Outlets()
            .Casualties("a", "killing four dock workers", CasualtyType.Killed, NumberValue.Exactly(4), "dock workers")
            .Casualties("a", "Four people lost their lives", CasualtyType.Killed, NumberValue.Exactly(4))
            .Casualties("b", "the toll has risen to seven", CasualtyType.Killed, NumberValue.Exactly(7));

        var conflict = Detect(set).Should().ContainSingle().Subject;

        conflict.Kind.Should().Be(ConflictKind.NumericMismatch);
        conflict.Severity.Should().Be(Severity.Hard);
        conflict.About.Should().Be("people killed");
        conflict.ClaimIds.Should().BeEquivalentTo("a.1", "a.2", "b.1");
        conflict.LatestClaimId.Should().Be("b.1");
        conflict.Explanation.Should().Be("Sources disagree on people killed: 4 (Outlet A) vs 7 (Outlet B); earliest 4 (Outlet A, 2025-03-04), latest 7 (Outlet B, 2025-03-05)");
    }

    [Fact]
    public void No_one_hurt_against_one_injured_is_a_conflict_but_killed_and_injured_are_never_compared()
    {
        var set = Outlets()
            .Casualties("a", "No one was hurt", CasualtyType.Injured, NumberValue.Exactly(0), null, Modality.Negated)
            .Casualties("b", "one crew member was slightly hurt", CasualtyType.Injured, NumberValue.Exactly(1), "crew")
            .Casualties("b", "no one was killed", CasualtyType.Killed, NumberValue.Exactly(0), null, Modality.Negated);

        var conflict = Detect(set).Should().ContainSingle().Subject;

        conflict.About.Should().Be("people injured");
        conflict.ClaimIds.Should().BeEquivalentTo("a.1", "b.1");
    }

    [Theory]
    [InlineData(Modality.Hypothetical)]
    [InlineData(Modality.Predicted)]
    public void A_forecast_or_hypothetical_never_conflicts(Modality modality)
    {
        var set = Outlets()
            .Casualties("a", "no one was killed", CasualtyType.Killed, NumberValue.Exactly(0), null, Modality.Negated)
            .Casualties("a", "could have killed dozens", CasualtyType.Killed, new NumberValue(24, 99, NumberQualifier.Vague), "sailors", modality);

        Detect(set).Should().BeEmpty();
    }

    [Fact]
    public void The_attacker_shot_dead_and_a_named_leader_are_not_compared_with_the_victims()
    {
        var set = Outlets()
            .Casualties("a", "At least 12 people were killed", CasualtyType.Killed, new NumberValue(12, null, NumberQualifier.AtLeast))
            .Casualties("a", "the gunman was shot dead", CasualtyType.Killed, NumberValue.Exactly(1), "gunman")
            .Casualties("b", "killing the country's president", CasualtyType.Killed, NumberValue.Exactly(1), "president")
            .Casualties("b", "14 people died", CasualtyType.Killed, NumberValue.Exactly(14));

        Detect(set).Should().BeEmpty();
    }

    [Fact]
    public void Claims_of_different_events_are_never_compared()
    {
        var set = Outlets()
            .Casualties("a", "six people were killed at a nightclub", CasualtyType.Killed, NumberValue.Exactly(6), eventId: "OLD")
            .Casualties("a", "13 people were killed", CasualtyType.Killed, NumberValue.Exactly(13))
            .Date("a", "in 2019", new DateOnly(2019, 1, 1), new DateOnly(2019, 12, 31), eventId: "OLD")
            .Date("b", "on Friday", new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 1))
            .Attribution("a", "an attack by Russia", ClaimSet.Country("RU", "Russia"), eventId: "OLD")
            .Attribution("b", "an attack by Iran", ClaimSet.Country("IR", "Iran"));

        Detect(set).Should().BeEmpty();
    }

    [Fact]
    public void Weapon_counts_compare_phase_by_phase_and_sub_counts_never_meet_totals()
    {
        var set = Outlets()
            .Weapon("a", "Two drones launched from its territory struck the region", "drone", WeaponPhase.Hit, NumberValue.Exactly(2))
            .Weapon("a", "One of them hit the terminal building", "drone", WeaponPhase.Hit, NumberValue.Exactly(1))
            .Weapon("a", "The second drone fell near a school", "drone", WeaponPhase.Crashed, NumberValue.Exactly(1))
            .Weapon("b", "One unmanned aerial vehicle slammed into the terminal", "drone", WeaponPhase.Hit, NumberValue.Exactly(1))
            .Weapon("b", "Another crashed near a school", "drone", WeaponPhase.Crashed, NumberValue.Exactly(1))
            .Weapon("b", "four UAVs were directed toward the region", "drone", WeaponPhase.Launched, NumberValue.Exactly(4))
            .Weapon("b", "one neutralized", "drone", WeaponPhase.Intercepted, NumberValue.Exactly(1))
            .Weapon("b", "the others reached their marks", "drone", WeaponPhase.Hit, NumberValue.Exactly(3))
            .Weapon("c", "Several strike drones crossed into the territory", "drone", WeaponPhase.Unspecified, Several)
            .Weapon("c", "One drone struck the terminal", "drone", WeaponPhase.Hit, NumberValue.Exactly(1))
            .Weapon("c", "another fell near a school", "drone", WeaponPhase.Crashed, NumberValue.Exactly(1));

        var conflicts = Detect(set);

        conflicts.Should().HaveCount(2);
        var hit = conflicts.Single(c => c.About == "drones hit");
        hit.Kind.Should().Be(ConflictKind.NumericMismatch);
        hit.ClaimIds.Should().BeEquivalentTo("a.1", "b.5");
        hit.Explanation.Should().Contain("2 hit (Outlet A) vs 3 hit (Outlet B)").And.Contain("4 launched, 1 intercepted, 3 hit (Outlet B)").And.Contain("3–7 (vague) (Outlet C)");
        var total = conflicts.Single(c => c.About == "drones");
        total.Kind.Should().Be(ConflictKind.VagueMismatch);
        total.Severity.Should().Be(Severity.Soft);
        total.ClaimIds.Should().BeEquivalentTo("c.1", "a.1");
    }

    [Fact]
    public void A_count_consistent_across_outlets_while_others_differ_is_not_in_conflict()
    {
        var set = Outlets()
            .Weapon("a", "five cruise missiles were launched", "missile", WeaponPhase.Launched, NumberValue.Exactly(5))
            .Weapon("a", "Three were shot down", "missile", WeaponPhase.Intercepted, NumberValue.Exactly(3))
            .Weapon("a", "two slammed into the cargo terminal", "missile", WeaponPhase.Hit, NumberValue.Exactly(2))
            .Weapon("b", "four missiles were fired", "missile", WeaponPhase.Launched, NumberValue.Exactly(4))
            .Weapon("b", "three were intercepted", "missile", WeaponPhase.Intercepted, NumberValue.Exactly(3))
            .Weapon("b", "one missile hit the grain terminal", "missile", WeaponPhase.Hit, NumberValue.Exactly(1))
            .Weapon("c", "About 30 rockets were fired", "rocket", WeaponPhase.Launched, new NumberValue(27, 33, NumberQualifier.Approximate))
            .Weapon("b", "firing 30 rockets", "rocket", WeaponPhase.Launched, NumberValue.Exactly(30));

        Detect(set).Select(c => c.About).Should().BeEquivalentTo("missiles launched", "missiles hit");
    }

    [Fact]
    public void Dates_conflict_only_when_they_do_not_overlap()
    {
        var agree = Outlets()
            .Date("a", "on January 27, 2023", new DateOnly(2023, 1, 27), new DateOnly(2023, 1, 27))
            .Date("b", "in January 2023", new DateOnly(2023, 1, 1), new DateOnly(2023, 1, 31))
            .Date("c", "overnight", new DateOnly(2023, 1, 26), new DateOnly(2023, 1, 27));
        Detect(agree).Should().BeEmpty();

        var differ = Outlets()
            .Date("a", "on Monday", new DateOnly(2025, 5, 12), new DateOnly(2025, 5, 12))
            .Date("b", "on 11 May", new DateOnly(2025, 5, 11), new DateOnly(2025, 5, 11));
        var conflict = Detect(differ).Should().ContainSingle().Subject;
        conflict.Kind.Should().Be(ConflictKind.DateMismatch);
        conflict.Severity.Should().Be(Severity.Hard);
        conflict.Explanation.Should().Be("Sources disagree on the date: 2025-05-12 (Outlet A) vs 2025-05-11 (Outlet B)");
    }

    [Fact]
    public void Different_attackers_conflict_and_each_side_lists_its_claimants()
    {
        var set = Outlets()
            .Attribution("a", "drones launched from Iranian territory", ClaimSet.Country("IR", "Iran"))
            .Attribution("b", "UAVs of the armed forces of Iran", ClaimSet.Country("IR", "Iran"), claimant: "Azerbaijan")
            .Attribution("b", "a false flag operation by Israel", ClaimSet.Country("IL", "Israel"), claimant: "Iran");

        var conflict = Detect(set).Should().ContainSingle().Subject;

        conflict.Kind.Should().Be(ConflictKind.AttributionMismatch);
        conflict.Sides.Select(s => s.Value).Should().Equal("Iran", "Israel");
        conflict.Explanation.Should().Be("Sources disagree on who attacked: Iran (claimed by Outlet A, Azerbaijan per Outlet B) vs Israel (claimed by Iran per Outlet B)");
    }

    [Fact]
    public void Joint_attackers_of_one_sentence_and_unidentified_gunmen_contradict_no_one()
    {
        const string sentence = "the United States and Israel launched coordinated strikes";
        var set = Outlets()
            .Attribution("a", "the United States", ClaimSet.Country("US", "United States"), sentence: sentence)
            .Attribution("a", "Israel launched coordinated strikes", ClaimSet.Country("IL", "Israel"), sentence: sentence)
            .Attribution("b", "Israeli strikes", ClaimSet.Country("IL", "Israel"))
            .Attribution("c", "an armed attacker stormed", new Actor("gunman", "armed attacker", ActorKind.Person, null, null));

        Detect(set).Should().BeEmpty();
    }

    [Fact]
    public void The_same_actor_denying_then_acknowledging_is_a_stance_conflict_told_in_time_order()
    {
        var iran = ClaimSet.Country("IR", "Iran");
        var set = new ClaimSet()
            .Document("early", "Outlet E", new DateOnly(2026, 3, 7))
            .Document("late", "Outlet L", new DateOnly(2026, 3, 8))
            .Stance("early", "had initially denied involvement", iran, StanceType.Denial, sentence: "Tehran, which had initially denied involvement, changed its tone")
            .Stance("early", "Iran's president later acknowledged that the strikes had taken place", iran, StanceType.Acknowledgment)
            .Stance("late", "had launched no drones", iran, StanceType.Denial, sentence: "Iran declared it had launched no drones")
            .Stance("late", "Iran will continue to deny responsibility", iran, StanceType.Denial, Modality.Predicted)
            .Stance("late", "accused Iran", ClaimSet.Country("AZ", "Azerbaijan"), StanceType.Accusation);

        var conflict = Detect(set).Should().ContainSingle().Subject;

        conflict.Kind.Should().Be(ConflictKind.StanceConflict);
        conflict.Sides.Select(s => s.Value).Should().Equal("denial", "acknowledgment");
        conflict.ClaimIds.Should().BeEquivalentTo("early.1", "early.2", "late.1");
        conflict.LatestClaimId.Should().Be("early.2");
        conflict.Explanation.Should().StartWith("Iran first denied responsibility (Outlet E, Outlet L), later acknowledged it (Outlet E)");
    }

    [Fact]
    public void An_accusation_against_a_denial_is_not_a_stance_conflict()
    {
        var set = Outlets()
            .Stance("a", "Pakistan's military denied that its troops had fired", ClaimSet.Country("PK", "Pakistan"), StanceType.Denial)
            .Stance("b", "India accused Pakistan of targeting civilians", ClaimSet.Country("IN", "India"), StanceType.Accusation)
            .Stance("b", "the group claimed responsibility", new Actor("group", "Group", ActorKind.ArmedGroup, null, null), StanceType.Acknowledgment);

        Detect(set).Should().BeEmpty();
    }

    [Fact]
    public void Conflict_ids_are_stable_and_do_not_depend_on_claim_order()
    {
        var set = Outlets()
            .Casualties("a", "two civilians were injured", CasualtyType.Injured, NumberValue.Exactly(2), "civilians")
            .Casualties("b", "Four civilians were wounded", CasualtyType.Injured, NumberValue.Exactly(4), "civilians")
            .Date("a", "on Monday", new DateOnly(2025, 5, 12), new DateOnly(2025, 5, 12))
            .Date("b", "on 11 May", new DateOnly(2025, 5, 11), new DateOnly(2025, 5, 11));
        var first = Detect(set).Select(c => c.Id).ToArray();
        set.Claims.Reverse();

        Detect(set).Select(c => c.Id).Should().BeEquivalentTo(first);
        first.Should().OnlyHaveUniqueItems().And.OnlyContain(id => id.Length == 16);
    }

    [Fact]
    public void A_conflict_id_is_the_hash_of_its_kind_and_its_sorted_claim_ids()
    {
        // Stored conflicts are found again by id: the id must stay the first 8 bytes of SHA-256 over "kind|id|id".
        var set = Outlets()
            .Casualties("b", "Four civilians were wounded", CasualtyType.Injured, NumberValue.Exactly(4), "civilians")
            .Casualties("a", "two civilians were injured", CasualtyType.Injured, NumberValue.Exactly(2), "civilians");

        var conflict = Detect(set).Should().ContainSingle().Subject;

        var key = Encoding.UTF8.GetBytes("NumericMismatch|a.1|b.1");
        conflict.Id.Should().Be(Convert.ToHexStringLower(SHA256.HashData(key).AsSpan(0, 8)));
    }

    [Fact]
    public void Conflicts_follow_the_given_events_then_unlisted_events_by_id_and_a_repeated_event_counts_once()
    {
        var set = Outlets();
        foreach (var id in new[] { "E3", "E1", "E2", "E0" })
        {
            set.Casualties("a", "two people were injured", CasualtyType.Injured, NumberValue.Exactly(2), eventId: id)
                .Casualties("b", "four people were injured", CasualtyType.Injured, NumberValue.Exactly(4), eventId: id);
        }

        Event[] events = [Listed("E2"), Listed("E3"), Listed("E2"), Listed("E9")];

        ConflictDetector.Default.Detect(events, set.Claims, set.Documents).Select(c => c.EventId).Should().Equal("E2", "E3", "E0", "E1");

        static Event Listed(string id) => new(id, id, "attack", null, null, [], [], []);
    }

    [Fact]
    public void Quantities_are_compared_by_measure_and_summarized()
    {
        var set = Outlets()
            .Quantity("a", "Millions of ethnic Azerbaijanis", "ethnic Azerbaijanis in Iran", new NumberValue(2_000_000, null, NumberQualifier.Vague), "T1")
            .Quantity("b", "some estimate 15–20 million", "ethnic Azerbaijanis in Iran", new NumberValue(15_000_000, 20_000_000, NumberQualifier.Range), "T2")
            .Quantity("c", "roughly 15–25 million", "Ethnic Azerbaijanis in Iran", new NumberValue(15_000_000, 25_000_000, NumberQualifier.Range), "T3");

        var conflicts = Detect(set);
        var conflict = conflicts.Should().ContainSingle().Subject;
        conflict.Kind.Should().Be(ConflictKind.DivergentEstimates);
        conflict.ClaimIds.Should().BeEquivalentTo("b.1", "c.1");

        var summary = QuantitySummarizer.Default.Summarize(conflicts, set.Claims, set.Documents).Should().ContainSingle().Subject;
        summary.Values.Should().HaveCount(3);
        summary.Lowest.ClaimIds.Should().Equal("a.1");
        summary.Latest!.ClaimIds.Should().Equal("c.1");
    }

    [Fact]
    public void A_summary_gives_every_value_with_lowest_highest_and_latest()
    {
        var set = Outlets()
            .Casualties("a", "killing four", CasualtyType.Killed, NumberValue.Exactly(4))
            .Casualties("b", "risen to seven", CasualtyType.Killed, NumberValue.Exactly(7))
            .Casualties("c", "at least six", CasualtyType.Killed, new NumberValue(6, null, NumberQualifier.AtLeast))
            .Casualties("c", "eleven injured", CasualtyType.Injured, NumberValue.Exactly(11));
        var conflicts = Detect(set);

        var summary = QuantitySummarizer.Default.Summarize(conflicts, set.Claims, set.Documents).Should().ContainSingle().Subject;

        summary.About.Should().Be("people killed");
        summary.Values.Select(v => v.Value).Should().Equal("4", "at least 6", "7");
        summary.Lowest.Value.Should().Be("4");
        summary.Highest.Value.Should().Be("at least 6");
        summary.Latest!.Value.Should().Be("at least 6");
        summary.Latest.Sources.Should().Equal("Outlet C");
    }

    [Fact]
    public void A_summary_value_gathers_numbers_equal_as_decimals_and_lists_each_claim_and_source_once()
    {
        var set = Outlets()
            .Casualties("a", "killing four", CasualtyType.Killed, NumberValue.Exactly(4))
            .Casualties("b", "four killed", CasualtyType.Killed, NumberValue.Exactly(4.0m))
            .Casualties("c", "seven killed", CasualtyType.Killed, NumberValue.Exactly(7))
            .Casualties("c", "the seven killed", CasualtyType.Killed, NumberValue.Exactly(7));
        var conflicts = Detect(set);

        var summary = QuantitySummarizer.Default.Summarize(conflicts, set.Claims, set.Documents).Should().ContainSingle().Subject;

        summary.Values.Select(v => v.Value).Should().Equal("4", "7");
        var four = summary.Lowest;
        four.ClaimIds.Should().Equal("a.1", "b.1");
        four.Sources.Should().Equal("Outlet A", "Outlet B");
        (four.FirstPublished, four.LastPublished).Should().Be((new DateOnly(2025, 3, 4), new DateOnly(2025, 3, 5)));
        summary.Highest.Should().BeSameAs(summary.Values[1]);
        summary.Highest.ClaimIds.Should().Equal("c.1", "c.2");
        summary.Highest.Sources.Should().Equal("Outlet C");
        summary.Latest.Should().BeSameAs(summary.Highest);
    }
}
