using ClaimTracker.Claims;
using ClaimTracker.Recognition.Dates;
using ClaimTracker.Recognition.Locations;

namespace ClaimTracker.Events;

/// <summary>
/// One event as one document describes it: the cues gathered so far and the claims assigned to it. Frames of many
/// documents are merged into <see cref="Event"/>s.
/// </summary>
internal sealed class EventFrame(string documentId, DateOnly? published, int order)
{
    /// <summary>The participants of frames that name none; never added to.</summary>
    private static readonly HashSet<string> NoIds = new(StringComparer.Ordinal);

    // Most frames name no participant: their sets are made when the first one is named. A tracker keeps every
    // document's frames, and three empty sets each were most of what a frame kept alive.
    private HashSet<string>? _attackers;
    private HashSet<string>? _targets;
    private HashSet<string>? _actors;

    public string DocumentId { get; } = documentId;

    public DateOnly? Published { get; } = published;

    /// <summary>Position among the frames of its document, from 0.</summary>
    public int Order { get; } = order;

    public string? Type { get; private set; }

    public Location? Place { get; private set; }

    /// <summary>Every place below country level the frame's sentences name (a village, its region, the airport hit).</summary>
    public List<Location> Places { get; } = [];

    public DateInterval? Date { get; private set; }

    /// <summary>Whether the frame is about an older event than the document reports on (a background paragraph).</summary>
    public bool IsBackground { get; private set; }

    public IReadOnlySet<string> Attackers => _attackers ?? NoIds;

    public IReadOnlySet<string> Targets => _targets ?? NoIds;

    public IReadOnlySet<string> Actors => _actors ?? NoIds;

    public List<Claim> Claims { get; } = [];

    public void Absorb(SentenceCues cues, EventVocabulary vocabulary)
    {
        if (!vocabulary.IsSpecific(Type) && cues.Type is not null)
        {
            Type = cues.Type;
        }

        if (cues.Place is { } place && (Place is null || (Place.Kind == LocationKind.Country && place.Kind != LocationKind.Country)))
        {
            Place = place;
        }

        if (cues.Place is { Kind: not LocationKind.Country } named && !PlaceList.Names(Places, named))
        {
            Places.Add(named);
        }

        if (cues.Date is { } date && Date is null)
        {
            Date = date;
            IsBackground = cues.IsBackground;
        }

        Add(ref _attackers, cues.Attackers);
        Add(ref _targets, cues.Targets);
        Add(ref _actors, cues.Actors);
    }

    /// <summary>Adds the ids to the set, made on the first id; most cues name no participant and are not enumerated.</summary>
    private static void Add(ref HashSet<string>? set, IReadOnlySet<string> ids)
    {
        if (ids.Count > 0)
        {
            (set ??= new HashSet<string>(StringComparer.Ordinal)).UnionWith(ids);
        }
    }
}
