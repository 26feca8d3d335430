using ClaimTracker.Claims;
using ClaimTracker.Events;
using ClaimTracker.Recognition.Dates;
using ClaimTracker.Recognition.Numbers;

namespace ClaimTracker.Tests.Events;

public class EventGrouperTests
{
    private static readonly DateOnly March5 = new(2025, 3, 5);

    [Fact]
    public void The_same_strike_named_by_its_city_and_by_its_airport_is_one_event()
    {
        var a = new TestDocument("a", "Three drones hit Odesa on Tuesday, the governor said. One person was injured.", March5)
            .Weapon("Three drones hit Odesa", "drone", WeaponPhase.Hit, NumberValue.Exactly(3))
            .Date("on Tuesday", new DateOnly(2025, 3, 4))
            .Casualties("One person was injured", CasualtyType.Injured, NumberValue.Exactly(1));
        var b = new TestDocument("b", "A drone attack on Odesa Airport on 4 March damaged the runway. Two people were hurt.", March5.AddDays(1))
            .Date("on 4 March", new DateOnly(2025, 3, 4))
            .Casualties("Two people were hurt", CasualtyType.Injured, NumberValue.Exactly(2));

        var grouping = EventGrouper.Default.Group([a.Build(), b.Build()]);

        grouping.Events.Should().ContainSingle();
        var strike = grouping.Events[0];
        strike.Type.Should().Be("drone strike");
        strike.Date.Should().NotBeNull();
        strike.Date!.Value.ToString().Should().Be("2025-03-04");
        strike.Label.Should().StartWith("drone strike — ").And.EndWith(" — 2025-03-04");
        strike.DocumentIds.Should().BeEquivalentTo("a", "b");
        grouping.Claims.Should().OnlyContain(c => c.EventId == strike.Id);
    }

    [Fact]
    public void Two_shootings_in_two_cities_on_one_day_are_two_events()
    {
        var a = new TestDocument("a", "A gunman opened fire at a market in Lyon on Friday, killing three people.", new DateOnly(2025, 7, 5))
            .Date("on Friday", new DateOnly(2025, 7, 4))
            .Casualties("killing three people", CasualtyType.Killed, NumberValue.Exactly(3));
        var b = new TestDocument("b", "A gunman opened fire at a school in Marseille on Friday, killing two people.", new DateOnly(2025, 7, 5))
            .Date("on Friday", new DateOnly(2025, 7, 4))
            .Casualties("killing two people", CasualtyType.Killed, NumberValue.Exactly(2));

        var grouping = EventGrouper.Default.Group([a.Build(), b.Build()]);

        grouping.Events.Should().HaveCount(2);
        grouping.Events.Should().OnlyContain(e => e.Type == "shooting");
        grouping.Events.Select(e => e.Location).Should().BeEquivalentTo("Lyon", "Marseille");
    }

    [Fact]
    public void A_background_paragraph_about_an_older_attack_is_its_own_event_and_the_text_then_returns()
    {
        const string text = "Drones struck Kharkiv overnight, killing two people.\n"
            + "The city was last attacked in September 2023, when a missile strike killed five people.\n"
            + "Rescuers said the toll from the drones had risen to three.";
        var document = new TestDocument("a", text, March5)
            .Casualties("killing two people", CasualtyType.Killed, NumberValue.Exactly(2))
            .Date("in September 2023", new DateOnly(2023, 9, 1), new DateOnly(2023, 9, 30))
            .Casualties("killed five people", CasualtyType.Killed, NumberValue.Exactly(5))
            .Casualties("had risen to three", CasualtyType.Killed, NumberValue.Exactly(3));

        var grouping = EventGrouper.Default.Group([document.Build()]);

        grouping.Events.Should().HaveCount(2);
        var byQuote = grouping.Claims.ToDictionary(c => c.Evidence.Text, c => c.EventId);
        byQuote["killing two people"].Should().Be(byQuote["had risen to three"]);
        byQuote["killed five people"].Should().Be(byQuote["in September 2023"]).And.NotBe(byQuote["killing two people"]);
        grouping.Events.Should().Contain(e => e.Label == "missile strike — 2023-09");
    }

    [Fact]
    public void An_attack_on_another_target_in_the_next_paragraph_is_another_event()
    {
        const string text = "A ballistic missile fired at Ankara was intercepted before it could reach Turkish airspace.\n"
            + "Hours later, several drones struck Kharkiv, and Ukraine said two civilians were wounded.";
        var document = new TestDocument("a", text, March5)
            .Weapon("A ballistic missile fired at Ankara was intercepted", "missile", WeaponPhase.Intercepted, NumberValue.Exactly(1))
            .Attribution("A ballistic missile fired at Ankara", TestDocument.Country("IR", "Iran"), TestDocument.Country("TR", "Türkiye"))
            .Weapon("several drones struck Kharkiv", "drone", WeaponPhase.Hit, new NumberValue(3, 7, NumberQualifier.Vague))
            .Casualties("two civilians were wounded", CasualtyType.Injured, NumberValue.Exactly(2), "civilians");

        var grouping = EventGrouper.Default.Group([document.Build()]);

        grouping.Events.Should().HaveCount(2);
        grouping.Events.Select(e => e.Type).Should().BeEquivalentTo("missile strike", "drone strike");
        var drones = grouping.Events.Single(e => e.Type == "drone strike");
        grouping.Claims.Where(c => c.EventId == drones.Id).Select(c => c.Kind).Should().BeEquivalentTo([ClaimKind.WeaponCount, ClaimKind.Casualties]);
    }

    [Fact]
    public void A_sentence_with_two_dates_puts_the_older_one_in_its_own_event()
    {
        const string text = "The car bombing in Cali on 9 May 2025 was the first bombing in the city since 2019.";
        var document = new TestDocument("a", text, new DateOnly(2025, 5, 10))
            .Date("on 9 May 2025", new DateOnly(2025, 5, 9))
            .Date("since 2019", new DateOnly(2019, 1, 1), new DateOnly(2019, 12, 31), DateGranularity.Year);

        var grouping = EventGrouper.Default.Group([document.Build()]);

        grouping.Events.Should().HaveCount(2);
        grouping.Events.Select(e => e.Date?.ToString()).Should().BeEquivalentTo("2025-05-09", "2019-01-01..2019-12-31");
    }

    [Fact]
    public void Reports_a_day_apart_on_one_place_are_one_event_but_different_years_are_not()
    {
        var a = new TestDocument("a", "A drone hit a tanker near Aden on Monday.", new DateOnly(2025, 5, 13))
            .Weapon("A drone hit a tanker", "drone", WeaponPhase.Hit, NumberValue.Exactly(1))
            .Date("on Monday", new DateOnly(2025, 5, 12));
        var b = new TestDocument("b", "The drone struck the tanker near Aden on 11 May.", new DateOnly(2025, 5, 15))
            .Date("on 11 May", new DateOnly(2025, 5, 11));
        var c = new TestDocument("c", "In 2019 a drone hit a ship near Aden.", new DateOnly(2025, 5, 15))
            .Weapon("a drone hit a ship", "drone", WeaponPhase.Hit, NumberValue.Exactly(1))
            .Date("In 2019", new DateOnly(2019, 1, 1), new DateOnly(2019, 12, 31));

        var grouping = EventGrouper.Default.Group([a.Build(), b.Build(), c.Build()]);

        grouping.Events.Should().HaveCount(2);
        grouping.Claims.Where(x => x.DocumentId != "c").Select(x => x.EventId).Distinct().Should().ContainSingle();
    }

    [Fact]
    public void Ids_are_stable_and_do_not_depend_on_input_order()
    {
        var a = new TestDocument("a", "Three drones hit Odesa on Tuesday.", March5)
            .Weapon("Three drones hit Odesa", "drone", WeaponPhase.Hit, NumberValue.Exactly(3))
            .Date("on Tuesday", new DateOnly(2025, 3, 4)).Build();
        var b = new TestDocument("b", "A gunman opened fire in Lyon on Friday, killing three people.", March5)
            .Casualties("killing three people", CasualtyType.Killed, NumberValue.Exactly(3)).Build();

        var first = EventGrouper.Default.Group([a, b]);
        var second = EventGrouper.Default.Group([b, a]);

        first.Events.Select(e => e.Id).Should().BeEquivalentTo(second.Events.Select(e => e.Id));
        first.Events.Should().OnlyContain(e => e.Id.Length == 16);
    }

    [Fact]
    public void Documents_without_claims_give_no_events_and_garbage_never_throws()
    {
        var texts = new[] { "", "\u0000\u0001\ud800 lone surrogate", new string('x', 20_000), "attack attack attack in in of of", "Shot down shot down." };
        var documents = texts.Select((t, i) => new TestDocument("g" + i, t, null).Build()).ToArray();

        EventGrouper.Default.Group(documents).Events.Should().BeEmpty();
    }
}
