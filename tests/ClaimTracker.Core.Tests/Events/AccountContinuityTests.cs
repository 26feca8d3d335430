using ClaimTracker.Claims;
using ClaimTracker.Documents;

namespace ClaimTracker.Tests.Events;

/// <summary>End-to-end checks that one account of one strike stays one event, however the outlet lays it out.</summary>
public class AccountContinuityTests
{
    [Fact]
    public void A_strike_told_one_sentence_per_line_across_places_is_one_dated_event()
    {
        const string text = """
            On June 3, the defence minister visited the embassy in Riga.
            Yet less than 24 hours later, the region came under attack.
            Two drones struck the terminal of Daugavpils Airport.
            Another drone crashed near a school in the village of Kalupe.
            Three civilians were injured, officials said.
            """;
        var analysis = Tracker.AnalyzeAll([new Document("d", "Baltic Wire", null, new DateOnly(2025, 6, 6), null, text)]);

        var strike = analysis.Claims.Where(c => c.Kind is ClaimKind.WeaponCount or ClaimKind.Casualties or ClaimKind.EventDate).ToList();
        strike.Should().HaveCountGreaterThanOrEqualTo(4);
        strike.Select(c => c.EventId).Distinct().Should().ContainSingle();
        var @event = analysis.Events.Single(e => e.Id == strike[0].EventId);
        @event.Type.Should().Be("drone strike");
        @event.Date!.Value.Contains(new DateOnly(2025, 6, 4)).Should().BeTrue();
    }

    [Fact]
    public void Where_a_government_speaks_is_not_where_the_attack_happened()
    {
        var first = new Document("a", "Valley Times", null, new DateOnly(2025, 8, 11), null,
            "Two rockets hit the border town of Kessab on Sunday, killing two people, the army said.");
        var second = new Document("b", "Capital Herald", null, new DateOnly(2025, 8, 11), null,
            "Sunday's rocket attack killed three people, local officials said.\nThe foreign ministry accused its neighbour of the attack and summoned the ambassador in Damascus.");

        var analysis = Tracker.AnalyzeAll([first, second]);

        var killed = analysis.Claims.Where(c => c.Value is CasualtyValue { Type: CasualtyType.Killed }).ToList();
        killed.Should().HaveCount(2);
        killed.Select(c => c.EventId).Distinct().Should().ContainSingle();
        analysis.Conflicts.Should().ContainSingle(c => c.About == "people killed");
    }

    [Fact]
    public void Population_estimates_form_their_own_topic_rather_than_joining_an_attack()
    {
        const string text = "Two rockets hit the port of Latakia on Monday. Syria's roughly 2 million ethnic Kurds watched anxiously.";
        var analysis = Tracker.AnalyzeAll([new Document("d", "Levant Post", null, new DateOnly(2025, 3, 5), null, text)]);

        var estimate = analysis.Claims.Should().ContainSingle(c => c.Kind == ClaimKind.Quantity).Subject;
        analysis.Events.Single(e => e.Id == estimate.EventId).Type.Should().Be("estimate");
        analysis.Claims.Where(c => c.Kind == ClaimKind.WeaponCount).Should().OnlyContain(c => c.EventId != estimate.EventId);
    }
}
