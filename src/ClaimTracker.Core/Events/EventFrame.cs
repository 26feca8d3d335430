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

    public HashSet<string> Attackers { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Targets { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Actors { get; } = new(StringComparer.Ordinal);

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

        // Most cues name no participant: an empty set is not enumerated.
        if (cues.Attackers.Count > 0)
        {
            Attackers.UnionWith(cues.Attackers);
        }

        if (cues.Targets.Count > 0)
        {
            Targets.UnionWith(cues.Targets);
        }

        if (cues.Actors.Count > 0)
        {
            Actors.UnionWith(cues.Actors);
        }
    }
}
