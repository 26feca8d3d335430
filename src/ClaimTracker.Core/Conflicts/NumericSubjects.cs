using ClaimTracker.Claims;

namespace ClaimTracker.Conflicts;

/// <summary>
/// Sorts the factual numeric claims of one event into comparable subjects: casualties by killed/injured and victim
/// group; weapon counts by class and phase (sub-counts left out), plus one subject per class for counts of unspecified
/// phase, compared with each document's total (launched, else hit); other quantities by their measure.
/// </summary>
internal sealed class NumericSubjects(ConflictVocabulary vocabulary, SubCountDetector subCounts)
{
    /// <summary>How many victim phrases each thread remembers the group of.</summary>
    private const int MaxVictimPhrases = 1 << 12;

    /// <summary>Longer victim phrases are rare and not remembered, so the memory a thread keeps stays small on any input.</summary>
    private const int MaxVictimPhraseLength = 64;

    private const string NoVictimGroup = "people";

    /// <summary>
    /// Victim phrases recur across reports ("people", "a man", "police officers"), so each thread remembers the group of
    /// the phrases it has met, up to a bound, instead of tokenizing them again; nothing is locked.
    /// </summary>
    private readonly ThreadLocal<Dictionary<string, string>> _victimGroups = new(() => new(StringComparer.Ordinal));

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

    private List<NumericGroup> Casualties(string eventId, IReadOnlyList<Claim> casualties)
    {
        // One subject per victim group and killed or injured, shown as "people killed", in the order of that text.
        var subjects = new List<(string Group, bool Killed, List<ReportedNumber> Numbers)>();
        foreach (var claim in casualties)
        {
            var casualty = (CasualtyValue)claim.Value;
            var group = VictimGroup(casualty);
            var killed = casualty.Type == CasualtyType.Killed;
            var index = -1;
            for (var i = 0; index < 0 && i < subjects.Count; i++)
            {
                index = subjects[i].Killed == killed && string.Equals(subjects[i].Group, group, StringComparison.Ordinal) ? i : -1;
            }

            if (index < 0)
            {
                index = subjects.Count;
                subjects.Add((group, killed, []));
            }

            subjects[index].Numbers.Add(new ReportedNumber(claim, casualty.Count));
        }

        var groups = subjects.ConvertAll(s => new NumericGroup(eventId, s.Group + (s.Killed ? " killed" : " injured"), s.Numbers, null));
        groups.Sort((a, b) => string.CompareOrdinal(a.About, b.About));
        return groups;
    }

    /// <summary>The victim group a casualty count is compared in ("people" unless its victims name one).</summary>
    private string VictimGroup(CasualtyValue casualty)
    {
        if (casualty.Victims is not { } victims)
        {
            return NoVictimGroup;
        }

        var known = _victimGroups.Value!;
        if (known.TryGetValue(victims, out var group))
        {
            return group;
        }

        group = NoVictimGroup;
        var words = ConflictVocabulary.Words(victims);
        for (var i = 0; i < words.Count; i++)
        {
            if (vocabulary.VictimGroups.TryMatch(words, i, out _, out var found))
            {
                group = found;
                break;
            }
        }

        if (known.Count < MaxVictimPhrases && victims.Length <= MaxVictimPhraseLength)
        {
            known.Add(victims, group);
        }

        return group;
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
