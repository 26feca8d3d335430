using ClaimTracker.Recognition.Dates;
using ClaimTracker.Recognition.Locations;

namespace ClaimTracker.Events;

/// <summary>Frames of several documents merged so far into one event, with the cues they agree on.</summary>
internal sealed class EventCluster(int order)
{
    /// <summary>Creation order, for stable tie-breaking and output order.</summary>
    public int Order { get; } = order;

    public string? Type { get; private set; }

    public Location? Place { get; private set; }

    /// <summary>Every specific place its frames name.</summary>
    public List<Location> Places { get; } = [];

    public DateInterval? Date { get; private set; }

    public HashSet<string> Targets { get; } = new(StringComparer.Ordinal);

    public List<EventFrame> Frames { get; } = [];

    public void Add(EventFrame frame, EventVocabulary vocabulary)
    {
        Frames.Add(frame);
        if (!vocabulary.IsSpecific(Type) && frame.Type is not null)
        {
            Type = frame.Type;
        }

        if (frame.Place is { } place && (Place is null || Rank(place) < Rank(Place)))
        {
            Place = place;
        }

        foreach (var named in frame.Places.Where(n => !Places.Exists(p => string.Equals(p.Id, n.Id, StringComparison.Ordinal))))
        {
            Places.Add(named);
        }

        Date = Narrow(Date, frame.Date);
        Targets.UnionWith(frame.Targets);
    }

    /// <summary>The intersection of agreeing dates; when they only meet within the tolerance, the more precise one.</summary>
    private static DateInterval? Narrow(DateInterval? current, DateInterval? added)
    {
        if (current is not { } a)
        {
            return added;
        }

        if (added is not { } b)
        {
            return a;
        }

        if (a.Overlaps(b))
        {
            return new DateInterval(a.Start > b.Start ? a.Start : b.Start, a.End < b.End ? a.End : b.End);
        }

        return b.Days < a.Days ? b : a;
    }

    /// <summary>Which place names the event best: a town or village first, then a site, a region, a country.</summary>
    private static int Rank(Location place) => place.Kind switch
    {
        LocationKind.City or LocationKind.Village => 0,
        LocationKind.Facility => 1,
        LocationKind.Region => 2,
        _ => 3,
    };
}
