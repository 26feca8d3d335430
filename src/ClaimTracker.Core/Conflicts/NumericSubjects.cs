using ClaimTracker.Claims;

namespace ClaimTracker.Conflicts;

/// <summary>
/// Sorts the factual numeric claims of one event into comparable subjects: casualties by killed/injured and victim
/// group; weapon counts by class and phase (sub-counts left out), plus one subject per class for counts of unspecified
/// phase, compared with each document's total (launched, else hit); other quantities by their measure.
/// </summary>
internal sealed class NumericSubjects(ConflictVocabulary vocabulary, SubCountDetector subCounts)
{
    public static NumericSubjects Default { get; } = new(ConflictVocabulary.Default, SubCountDetector.Default);

    public IEnumerable<NumericGroup> Groups(string eventId, IReadOnlyList<Claim> claims) => Groups(EventClaims.Of(eventId, claims));

    public IEnumerable<NumericGroup> Groups(EventClaims claims) =>
        Casualties(claims.EventId, claims.Casualties).Concat(Weapons(claims.EventId, claims.Weapons));

    /// <summary>Quantities (a population, a sum) are topics rather than incidents: compared by measure across events.</summary>
    public static IEnumerable<NumericGroup> Quantities(IEnumerable<Claim> claims) =>
        claims.Where(c => c.Value is QuantityValue)
            .GroupBy(c => ((QuantityValue)c.Value).Measure.Trim().ToLowerInvariant(), StringComparer.Ordinal)
            .Select(g => new NumericGroup(
                g.First().EventId ?? "",
                ((QuantityValue)g.First().Value).Measure,
                g.Select(c => new ReportedNumber(c, ((QuantityValue)c.Value).Count)).ToArray(),
                null));

    private IEnumerable<NumericGroup> Casualties(string eventId, IReadOnlyList<Claim> casualties) =>
        casualties
            .GroupBy(c => About((CasualtyValue)c.Value), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new NumericGroup(
                eventId,
                g.Key,
                g.Select(c => new ReportedNumber(c, ((CasualtyValue)c.Value).Count)).ToArray(),
                null));

    private string About(CasualtyValue casualty)
    {
        var group = "people";
        if (casualty.Victims is { } victims)
        {
            var words = ConflictVocabulary.Words(victims);
            foreach (var (_, _, found) in vocabulary.VictimGroups.FindAll(words, 0, words.Count))
            {
                group = found;
                break;
            }
        }

        return group + (casualty.Type == CasualtyType.Killed ? " killed" : " injured");
    }

    private IEnumerable<NumericGroup> Weapons(string eventId, IReadOnlyList<Claim> weapons)
    {
        if (weapons.Count == 0)
        {
            yield break;
        }

        var parts = subCounts.Find(weapons);
        foreach (var byClass in weapons.Where(c => !parts.Contains(c)).GroupBy(c => ((WeaponCountValue)c.Value).Weapon, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var context = "per source: " + string.Join("; ", byClass.GroupBy(c => c.DocumentId, StringComparer.Ordinal).Select(Profile));
            var plural = Plural(byClass.Key);
            foreach (var byPhase in byClass.Where(c => Phase(c) != WeaponPhase.Unspecified).GroupBy(Phase).OrderBy(g => g.Key))
            {
                var numbers = byPhase.Select(c => new ReportedNumber(c, Count(c), PhaseWord(byPhase.Key))).ToArray();
                yield return new NumericGroup(eventId, plural + " " + PhaseWord(byPhase.Key), numbers, context);
            }

            var unspecified = byClass.Where(c => Phase(c) == WeaponPhase.Unspecified).ToArray();
            if (unspecified.Length > 0)
            {
                var totals = byClass.GroupBy(c => c.DocumentId, StringComparer.Ordinal).Select(Total).OfType<Claim>();
                var numbers = unspecified.Select(c => new ReportedNumber(c, Count(c)))
                    .Concat(totals.Select(c => new ReportedNumber(c, Count(c), PhaseWord(Phase(c)), IsAnchor: false)))
                    .ToArray();
                yield return new NumericGroup(eventId, plural, numbers, context);
            }
        }
    }

    /// <summary>A document's total number of weapons: its launch count, else its hit count.</summary>
    private static Claim? Total(IEnumerable<Claim> document)
    {
        var list = document.ToArray();
        return list.FirstOrDefault(c => Phase(c) == WeaponPhase.Launched) ?? list.FirstOrDefault(c => Phase(c) == WeaponPhase.Hit);
    }

    /// <summary>"4 launched, 1 intercepted, 3 hit (Outlet)".</summary>
    private static string Profile(IGrouping<string, Claim> document) =>
        string.Join(", ", document.OrderBy(c => c.Evidence.Span.Start).Select(c => NumberText.Format(Count(c)) + (Phase(c) == WeaponPhase.Unspecified ? "" : " " + PhaseWord(Phase(c)))))
        + " (" + document.First().Source + ")";

    private static WeaponPhase Phase(Claim claim) => ((WeaponCountValue)claim.Value).Phase;

    private static Recognition.Numbers.NumberValue Count(Claim claim) => ((WeaponCountValue)claim.Value).Count;

    private static string PhaseWord(WeaponPhase phase) => phase switch
    {
        WeaponPhase.Launched => "launched",
        WeaponPhase.Hit => "hit",
        WeaponPhase.Intercepted => "intercepted",
        WeaponPhase.Crashed => "crashed",
        _ => "",
    };

    private static string Plural(string weapon) =>
        weapon.EndsWith("craft", StringComparison.Ordinal) ? weapon : weapon + "s";
}
