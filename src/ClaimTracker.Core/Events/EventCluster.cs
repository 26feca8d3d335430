using ClaimTracker.Recognition.Dates;
using ClaimTracker.Recognition.Locations;

namespace ClaimTracker.Events;

/// <summary>
/// Frames of several documents merged so far into one event, with the cues they agree on, and the name cores of its
/// places (<see cref="EventCompatibility.Core"/>), which every frame the merge checks against it compares.
/// </summary>
internal sealed class EventCluster(int order, EventCompatibility compatibility)
{
    /// <summary>The targets of events that name none; never added to.</summary>
    private static readonly HashSet<string> NoTargets = new(StringComparer.Ordinal);

    private HashSet<string>? _targets;

    /// <summary>Creation order, for stable tie-breaking and output order.</summary>
    public int Order { get; } = order;

    public string? Type { get; private set; }

    public Location? Place { get; private set; }

    /// <summary>The core of <see cref="Place"/>, "" when there is none.</summary>
    public string PlaceCore { get; private set; } = "";

    /// <summary>Every specific place its frames name.</summary>
    public List<Location> Places { get; } = [];

    /// <summary>The core of each of <see cref="Places"/>, in the same order.</summary>
    public List<string> PlaceCores { get; } = [];

    public DateInterval? Date { get; private set; }

    /// <summary>The targets its frames name; the set is made for the first (most events name none).</summary>
    public IReadOnlySet<string> Targets => _targets ?? NoTargets;

    public List<EventFrame> Frames { get; } = [];

    /// <summary>The merge position of the last frame checked against this event (-1 before any), set by <see cref="FrameMerger"/>.</summary>
    public int CheckedFor { get; set; } = -1;

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
            PlaceCore = compatibility.Core(place);
        }

        foreach (var named in frame.Places)
        {
            if (!PlaceList.Names(Places, named))
            {
                Places.Add(named);
                PlaceCores.Add(compatibility.Core(named));
            }
        }

        Date = Narrow(Date, frame.Date);
        if (frame.Targets.Count > 0)
        {
            (_targets ??= new HashSet<string>(StringComparer.Ordinal)).UnionWith(frame.Targets);
        }
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
