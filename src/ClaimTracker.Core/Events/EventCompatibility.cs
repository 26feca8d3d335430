using System.Collections.Concurrent;
using ClaimTracker.Documents;
using ClaimTracker.Recognition.Dates;
using ClaimTracker.Recognition.Locations;
using ClaimTracker.Text;

namespace ClaimTracker.Events;

/// <summary>
/// The tests that decide whether two descriptions can be the same event: compatible types, places, dates and
/// targets. Shared by the per-document frames and the cross-document merge so both decide alike.
/// </summary>
internal sealed class EventCompatibility(EventVocabulary vocabulary)
{
    /// <summary>Days two dates may miss each other by and still be one event (reports often differ by a night).</summary>
    public const int ToleranceDays = 1;

    /// <summary>How long before publication a date still counts as recent news rather than background.</summary>
    public const int NewsWindowDays = 30;

    /// <summary>Place names seen are few next to comparisons made: the merge asks for the same cores again and again.</summary>
    private const int MaxCachedCores = 100_000;

    private readonly ConcurrentDictionary<string, string> _cores = new(StringComparer.Ordinal);
    private int _cachedCores;

    public static EventCompatibility Default { get; } = new(EventVocabulary.Default);

    public bool TypesAgree(string? a, string? b) =>
        !vocabulary.IsSpecific(a) || !vocabulary.IsSpecific(b) || string.Equals(a, b, StringComparison.Ordinal);

    public static bool DatesAgree(DateInterval? a, DateInterval? b) =>
        a is not { } x || b is not { } y ||
        (x.Start.DayNumber - ToleranceDays <= y.End.DayNumber && y.Start.DayNumber - ToleranceDays <= x.End.DayNumber);

    public static bool IsBackground(DateInterval date, DateOnly? published) =>
        published is { } day && date.End.DayNumber < day.DayNumber - NewsWindowDays;

    /// <summary>Two non-empty target sets with nothing in common: attacks on different parties.</summary>
    public static bool TargetsContradict(IReadOnlySet<string> a, IReadOnlySet<string> b) =>
        a.Count > 0 && b.Count > 0 && !a.Overlaps(b);

    /// <summary>
    /// How two descriptions' places relate: the same when any specific place of one is a place of the other, otherwise
    /// as their main places compare. One account may name the village hit, another only the airport and the region.
    /// </summary>
    public PlaceMatch Compare(Location? a, IReadOnlyList<Location> aPlaces, Location? b, IReadOnlyList<Location> bPlaces)
    {
        foreach (var x in aPlaces)
        {
            foreach (var y in bPlaces)
            {
                if (Compare(x, y) == PlaceMatch.Same)
                {
                    return PlaceMatch.Same;
                }
            }
        }

        return Compare(a, b);
    }

    /// <summary>
    /// The same as <see cref="Compare(Location?, IReadOnlyList{Location}, Location?, IReadOnlyList{Location})"/> with
    /// every place's <see cref="Core"/> known (<paramref name="aCores"/>[i] is the core of <paramref name="aPlaces"/>[i],
    /// <paramref name="aCore"/> that of <paramref name="a"/>, "" for none): the merge compares one frame with dozens of
    /// events, and the same events with many frames. Lists rather than read-only interfaces, which cost a dispatched
    /// call for every place read in these nested loops.
    /// </summary>
    public static PlaceMatch Compare(
        Location? a, string aCore, List<Location> aPlaces, List<string> aCores,
        Location? b, string bCore, List<Location> bPlaces, List<string> bCores)
    {
        for (var i = 0; i < aPlaces.Count; i++)
        {
            for (var j = 0; j < bPlaces.Count; j++)
            {
                if (Compare(aPlaces[i], aCores[i], bPlaces[j], bCores[j]) == PlaceMatch.Same)
                {
                    return PlaceMatch.Same;
                }
            }
        }

        return a is null || b is null ? PlaceMatch.Unknown : Compare(a, aCore, b, bCore);
    }

    public PlaceMatch Compare(Location? a, Location? b)
    {
        if (a is null || b is null)
        {
            return PlaceMatch.Unknown;
        }

        return string.Equals(a.Id, b.Id, StringComparison.Ordinal) ? PlaceMatch.Same : Compare(a, Core(a), b, Core(b));
    }

    /// <summary>The core of <paramref name="place"/>, or "" for no place.</summary>
    public string CoreOrEmpty(Location? place) => place is null ? "" : Core(place);

    private static PlaceMatch Compare(Location a, string coreA, Location b, string coreB)
    {
        if (string.Equals(a.Id, b.Id, StringComparison.Ordinal))
        {
            return PlaceMatch.Same;
        }

        if (coreA.Length > 0 && string.Equals(coreA, coreB, StringComparison.Ordinal))
        {
            return PlaceMatch.Same;
        }

        if (IsCoarse(a) || IsCoarse(b))
        {
            return a.CountryId is null || b.CountryId is null || string.Equals(a.CountryId, b.CountryId, StringComparison.Ordinal)
                ? PlaceMatch.Within
                : PlaceMatch.Different;
        }

        return PlaceMatch.Different;
    }

    /// <summary>
    /// The distinctive part of a place name, lower-cased: the words after the last "of"/"in" without generic words,
    /// so "Ukrainian port of Chornomorivka", "the port of Chornomorivka" and "Chornomorivka" share "chornomorivka".
    /// </summary>
    public string Core(Location place)
    {
        if (_cores.TryGetValue(place.Name, out var core))
        {
            return core;
        }

        core = CoreOf(place.Name);

        // ConcurrentDictionary.Count takes every lock: the size is counted here instead.
        if (Volatile.Read(ref _cachedCores) < MaxCachedCores && _cores.TryAdd(place.Name, core))
        {
            Interlocked.Increment(ref _cachedCores);
        }

        return core;
    }

    private string CoreOf(string name)
    {
        var lower = name.ToLowerInvariant();
        var words = Tokenizer.Tokenize(lower, new TextSpan(0, lower.Length))
            .Where(t => t.Kind is TokenKind.Word or TokenKind.Number)
            .Select(t => t.Span.Slice(lower))
            .ToList();
        var last = words.FindLastIndex(w => w is "of" or "in");
        return string.Join(' ', words.Skip(last + 1).Where(w => !vocabulary.PlaceWords.Contains(w)));
    }

    /// <summary>Countries and regions contain other places; cities, villages and facilities do not contain each other.</summary>
    public static bool IsCoarse(Location place) => place.Kind is LocationKind.Country or LocationKind.Region;
}
