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

    public PlaceMatch Compare(Location? a, Location? b)
    {
        if (a is null || b is null)
        {
            return PlaceMatch.Unknown;
        }

        if (string.Equals(a.Id, b.Id, StringComparison.Ordinal))
        {
            return PlaceMatch.Same;
        }

        var coreA = Core(a);
        var coreB = Core(b);
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
