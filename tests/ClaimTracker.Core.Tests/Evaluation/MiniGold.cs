using ClaimTracker.Claims;
using ClaimTracker.Conflicts;
using ClaimTracker.Documents;
using ClaimTracker.Evaluation;
using ClaimTracker.Recognition.Actors;
using ClaimTracker.Recognition.Dates;
using ClaimTracker.Recognition.Numbers;

namespace ClaimTracker.Tests.Evaluation;

/// <summary>
/// A small gold set written for these tests (two articles, one strike with a casualty dispute and an older attack),
/// and a prediction that mirrors it exactly; tests change one thing in the prediction and check the score moves.
/// </summary>
internal static class MiniGold
{
    public const string First = "Officials said three civilians were killed on Monday. Four drones were launched at the port. Iran denied any role. Iran said no drones will ever be launched again.";
    public const string Second = "Five civilians were killed in the strike on Monday, police said. In 2019 a drone attack killed two guards.";

    public const string Json = """
        {
          "description": "test set",
          "documents": [
            { "id": "d1", "file": "docs/d1.txt", "source": "Outlet One", "published": "2025-06-10" },
            { "id": "d2", "file": "docs/d2.txt", "source": "Outlet Two", "published": "2025-06-11" }
          ],
          "claims": [
            { "id": "g1", "document": "d1", "event": "E1", "kind": "casualties", "casualty": "killed", "victims": "civilians", "min": 3, "max": 3, "exact": true, "claimant": "officials", "modality": "asserted", "quote": "three civilians were killed" },
            { "id": "g2", "document": "d1", "event": "E1", "kind": "weaponCount", "weapon": "drone", "phase": "launched", "min": 4, "max": 4, "exact": true, "claimant": "source", "modality": "asserted", "quote": "Four drones were launched" },
            { "id": "g3", "document": "d1", "event": "E1", "kind": "stance", "actor": "IR", "stance": "denial", "claimant": "IR", "modality": "asserted", "quote": "Iran denied any role" },
            { "id": "g4", "document": "d2", "event": "E1", "kind": "casualties", "casualty": "killed", "victims": "civilians", "min": 5, "max": 5, "exact": true, "claimant": "police", "modality": "asserted", "quote": "Five civilians were killed" },
            { "id": "g5", "document": "d2", "event": "E1", "kind": "eventDate", "start": "2025-06-09", "end": "2025-06-09", "quote": "on Monday" },
            { "id": "g6", "document": "d2", "event": "E2", "kind": "casualties", "casualty": "killed", "victims": "guards", "min": 2, "max": 2, "exact": true, "claimant": "source", "modality": "asserted", "quote": "killed two guards" }
          ],
          "events": [ { "id": "E1", "label": "strike" }, { "id": "E2", "label": "older attack" } ],
          "conflicts": [ { "id": "K1", "event": "E1", "kind": "numericMismatch", "severity": "hard", "about": "people killed", "claims": ["g1", "g4"] } ],
          "nonConflicts": [ { "note": "different events", "claims": ["g4", "g6"] } ],
          "nonClaims": [ { "document": "d1", "quote": "no drones will ever be launched", "kind": "weaponCount", "note": "a pledge" } ]
        }
        """;

    public static readonly Actor Iran = new("IR", "Iran", ActorKind.Country, "IR", null);

    /// <summary>Writes the set into <paramref name="folder"/> and reads it back.</summary>
    public static GoldSet Write(TempFolder folder, string json = Json)
    {
        folder.Write("docs/d1.txt", First);
        folder.Write("docs/d2.txt", Second);
        var result = GoldSetReader.Read(folder.Write("gold.json", json));
        result.Problems.Should().BeEmpty();
        return result.Value!;
    }

    /// <summary>Claims saying exactly what the gold says, at the gold quotes, grouped into events e1 and e2.</summary>
    public static List<Claim> PerfectClaims() =>
    [
        Claim("p1", "d1", "three civilians were killed", new CasualtyValue(CasualtyType.Killed, "civilians", NumberValue.Exactly(3)), "e1", Said("officials")),
        Claim("p2", "d1", "Four drones were launched", new WeaponCountValue("drone", WeaponPhase.Launched, NumberValue.Exactly(4)), "e1"),
        Claim("p3", "d1", "Iran denied any role", new StanceValue(Iran, StanceType.Denial, null), "e1", new Claimant("Iran", Iran, false)),
        Claim("p4", "d2", "Five civilians were killed", new CasualtyValue(CasualtyType.Killed, "civilians", NumberValue.Exactly(5)), "e1", Said("police")),
        Claim("p5", "d2", "on Monday", new EventDateValue(DateInterval.Day(new DateOnly(2025, 6, 9)), DateGranularity.Day), "e1"),
        Claim("p6", "d2", "killed two guards", new CasualtyValue(CasualtyType.Killed, "guards", NumberValue.Exactly(2)), "e2"),
    ];

    public static Conflict KilledConflict(string first = "p1", string second = "p4", ConflictKind kind = ConflictKind.NumericMismatch) =>
        new("c1", "e1", kind, Severity.Hard, "people killed", "3 vs 5", [new ConflictSide("3", [first], ["Outlet One"]), new ConflictSide("5", [second], ["Outlet Two"])]);

    public static Analysis Analysis(GoldSet gold, IReadOnlyList<Claim> claims, params Conflict[] conflicts) =>
        new(gold.Documents, claims, [], conflicts, []);

    public static Claim Claim(string id, string document, string quote, ClaimValue value, string? eventId, Claimant? claimant = null, Modality modality = Modality.Asserted)
    {
        var text = document == "d1" ? First : Second;
        var start = text.IndexOf(quote, StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, $"'{quote}' is in {document}");
        var span = new TextSpan(start, start + quote.Length);
        var kind = value switch
        {
            CasualtyValue => ClaimKind.Casualties,
            WeaponCountValue => ClaimKind.WeaponCount,
            EventDateValue => ClaimKind.EventDate,
            AttributionValue => ClaimKind.Attribution,
            StanceValue => ClaimKind.Stance,
            _ => ClaimKind.Quantity,
        };
        return new Claim(id, kind, document, "outlet", "subject", value, claimant ?? new Claimant("outlet", null, true), modality, new Evidence(span, quote, span, quote), 0.9)
        {
            EventId = eventId,
        };
    }

    private static Claimant Said(string name) => new(name, null, false);
}
