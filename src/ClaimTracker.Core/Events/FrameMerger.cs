using System.Runtime.InteropServices;
using ClaimTracker.Recognition.Dates;
using ClaimTracker.Recognition.Locations;

namespace ClaimTracker.Events;

/// <summary>
/// Merges the frames of all documents into events. Frames are never compared all against all: each event is
/// indexed by the weeks its date touches and by its place (name core, or country for coarse or unknown places), and a
/// frame is only checked against the events in its own buckets, at most <see cref="MaxCandidates"/> of them.
/// </summary>
internal sealed class FrameMerger(EventVocabulary vocabulary, EventCompatibility compatibility)
{
    /// <summary>The most events one frame is checked against; keeps the merge linear even in crowded weeks.</summary>
    public const int MaxCandidates = 48;

    /// <summary>Intervals longer than this (years) are indexed as undated rather than by dozens of weeks.</summary>
    private const int MaxIndexedDays = 400;

    /// <summary>The week of frames without a usable date, which no real week can equal.</summary>
    private const int Undated = int.MinValue;

    /// <summary>
    /// About how many distinct index keys a frame adds, as measured over gva-dev (5,192 keys for 855 frames; frames of
    /// one event share keys): the index is sized for them at once, where growing it step by step allocated it twice over.
    /// </summary>
    private const int KeysPerFrame = 6;

    /// <summary>The country of a place whose country is not known.</summary>
    private const string UnknownCountry = "?";

    private static readonly BucketKey UnknownPlace = new(0, PlaceKeyKind.Unknown, "");
    private static readonly BucketKey AnyPlace = new(0, PlaceKeyKind.Any, "");

    private readonly Dictionary<BucketKey, Bucket> _index = [];

    // Reused by every frame: the merge is single-threaded and would otherwise allocate two key lists per frame.
    private readonly List<BucketKey> _places = [];
    private readonly List<BucketKey> _keys = [];
    private readonly List<string> _frameCores = [];

    public static FrameMerger Create() => new(EventVocabulary.Default, EventCompatibility.Default);

    /// <summary>How many frame-to-event compatibility checks the merge made.</summary>
    public long Checks { get; private set; }

    public IReadOnlyList<EventCluster> Merge(IEnumerable<EventFrame> frames)
    {
        _index.Clear();
        if (frames.TryGetNonEnumeratedCount(out var count))
        {
            _index.EnsureCapacity(count * KeysPerFrame);
        }

        Checks = 0;
        var clusters = new List<EventCluster>();
        var position = 0;
        foreach (var frame in frames)
        {
            var cluster = BestMatch(frame, position++);
            if (cluster is null)
            {
                cluster = new EventCluster(clusters.Count, compatibility);
                clusters.Add(cluster);
            }

            cluster.Add(frame, vocabulary);
            Index(cluster, frame);
        }

        return clusters;
    }

    /// <param name="frame">The frame.</param>
    /// <param name="position">The frame's position in the merge, which marks the events it was checked against.</param>
    private EventCluster? BestMatch(EventFrame frame, int position)
    {

        // The frame's place cores, once for all the events it is checked against.
        var frameCore = compatibility.CoreOrEmpty(frame.Place);
        _frameCores.Clear();
        foreach (var place in frame.Places)
        {
            _frameCores.Add(compatibility.Core(place));
        }

        EventCluster? best = null;
        var bestScore = int.MinValue;
        var checkedCount = 0;
        foreach (var key in LookupKeys(frame))
        {
            if (!_index.TryGetValue(key, out var bucket))
            {
                continue;
            }

            for (var i = 0; i < bucket.Count; i++)
            {
                var cluster = bucket[i];
                if (checkedCount >= MaxCandidates)
                {
                    return best;
                }

                // An event filed under several of the frame's keys is checked once: a mark on the event rather than a
                // set of those checked, which hashed every candidate.
                if (cluster.CheckedFor == position)
                {
                    continue;
                }

                cluster.CheckedFor = position;
                checkedCount++;
                Checks++;
                var score = Score(frame, frameCore, cluster);
                if (score > bestScore || (score == bestScore && best is not null && cluster.Order < best.Order))
                {
                    best = score >= 0 ? cluster : best;
                    bestScore = score >= 0 ? score : bestScore;
                }
            }
        }

        return best;
    }

    /// <summary>How well a frame fits an event: negative when incompatible; 0 when nothing but the absence of contradiction.</summary>
    private int Score(EventFrame frame, string frameCore, EventCluster cluster)
    {
        if (!compatibility.TypesAgree(frame.Type, cluster.Type) || EventCompatibility.TargetsContradict(frame.Targets, cluster.Targets))
        {
            return -1;
        }

        // Dates before places: the date test is a few comparisons, the place test loops over both lists of places, and
        // either failing makes the frame incompatible.
        int dateScore;
        if (frame.Date is not null && cluster.Date is not null)
        {
            if (!EventCompatibility.DatesAgree(frame.Date, cluster.Date))
            {
                return -1;
            }

            dateScore = 2;
        }
        else
        {
            var date = frame.Date ?? cluster.Date;
            var published = frame.Date is null ? frame.Published : cluster.Frames[0].Published;
            if (date is { } known && Window(published) is { } window && !EventCompatibility.DatesAgree(known, window))
            {
                return -1;
            }

            dateScore = 0;
        }

        var place = EventCompatibility.Compare(frame.Place, frameCore, frame.Places, _frameCores, cluster.Place, cluster.PlaceCore, cluster.Places, cluster.PlaceCores);
        if (place == PlaceMatch.Different)
        {
            return -1;
        }

        var placeScore = place switch { PlaceMatch.Same => 4, PlaceMatch.Within => 1, _ => 0 };
        if (placeScore + dateScore == 0)
        {
            // Nothing ties the two together: same type and no contradiction is not enough to be one event.
            return -1;
        }

        var typeScore = vocabulary.IsSpecific(frame.Type) && string.Equals(frame.Type, cluster.Type, StringComparison.Ordinal) ? 1 : 0;
        return placeScore + dateScore + typeScore;
    }

    private void Index(EventCluster cluster, EventFrame frame)
    {
        foreach (var key in IndexKeys(frame))
        {
            // One hash of the key whether the bucket is new or not.
            CollectionsMarshal.GetValueRefOrAddDefault(_index, key, out _).AddUnlessLast(cluster);
        }
    }

    /// <summary>Where a frame is filed: per week of its date (or publication window), under its place core or country.</summary>
    private List<BucketKey> IndexKeys(EventFrame frame) => Keys(frame, lookup: false);

    /// <summary>Where to look for a frame's event: its own place keys, coarser ones, and events of unknown place.</summary>
    private List<BucketKey> LookupKeys(EventFrame frame) => Keys(frame, lookup: true);

    /// <summary>Every week of the frame with every distinct place key of it, week by week, into a list reused per call.</summary>
    private List<BucketKey> Keys(EventFrame frame, bool lookup)
    {
        _places.Clear();
        AddPlacesKeys(frame, lookup);

        _keys.Clear();
        var interval = frame.Date is { Days: <= MaxIndexedDays } date ? date : Window(frame.Published);
        if (interval is not { } known)
        {
            AddWeekKeys(Undated);
            return _keys;
        }

        var first = (known.Start.DayNumber - EventCompatibility.ToleranceDays) / 7;
        var last = (known.End.DayNumber + EventCompatibility.ToleranceDays) / 7;
        for (var week = first; week <= last; week++)
        {
            AddWeekKeys(week);
        }

        if (frame.Date is null)
        {
            AddWeekKeys(Undated);
        }

        return _keys;
    }

    private void AddWeekKeys(int week)
    {
        foreach (var place in _places)
        {
            _keys.Add(place with { Week = week });
        }
    }

    /// <summary>
    /// The keys of the places a frame is filed and looked up under: every specific place it names, then its main place
    /// unless named already (the first place of each id counts).
    /// </summary>
    private void AddPlacesKeys(EventFrame frame, bool lookup)
    {
        var places = frame.Places;
        for (var i = 0; i < places.Count; i++)
        {
            if (IndexOf(places, places[i].Id, i) < 0)
            {
                AddPlaceKeys(places[i], lookup, _places);
            }
        }

        if (places.Count == 0 || frame.Place is null || IndexOf(places, frame.Place.Id, places.Count) < 0)
        {
            AddPlaceKeys(frame.Place, lookup, _places);
        }
    }

    /// <summary>The first of the first <paramref name="count"/> places with id <paramref name="id"/>, or -1.</summary>
    private static int IndexOf(List<Location> places, string id, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (string.Equals(places[i].Id, id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// An event is filed under its place core, or its country when its place is coarse, or as of unknown place, and
    /// always under "any place". A frame looks up the same core, coarse places of its country and unknown places; a
    /// frame with a coarse or no place may be about any event, so it also looks under "any place".
    /// </summary>
    private void AddPlaceKeys(Location? place, bool lookup, List<BucketKey> keys)
    {
        var core = place is null || EventCompatibility.IsCoarse(place) ? "" : compatibility.Core(place);
        var country = new BucketKey(0, PlaceKeyKind.Country, place?.CountryId ?? (place?.Kind == LocationKind.Country ? place.Id : UnknownCountry));
        if (!lookup)
        {
            AddDistinct(keys, place is null ? UnknownPlace : core.Length > 0 ? new BucketKey(0, PlaceKeyKind.Core, core) : country);
            AddDistinct(keys, AnyPlace);
            return;
        }

        if (core.Length > 0)
        {
            AddDistinct(keys, new BucketKey(0, PlaceKeyKind.Core, core));
        }

        if (place is not null)
        {
            AddDistinct(keys, country);
            AddDistinct(keys, new BucketKey(0, PlaceKeyKind.Country, UnknownCountry));
        }

        AddDistinct(keys, UnknownPlace);
        if (core.Length == 0)
        {
            AddDistinct(keys, AnyPlace);
        }
    }

    /// <summary>Adds <paramref name="key"/> unless it is there: a frame has a handful of place keys, so a scan beats a set.</summary>
    private static void AddDistinct(List<BucketKey> keys, BucketKey key)
    {
        if (!keys.Contains(key))
        {
            keys.Add(key);
        }
    }

    /// <summary>The days an undated report can be about: the news window before its publication.</summary>
    private static DateInterval? Window(DateOnly? published) =>
        published is { } day ? new DateInterval(day.AddDays(-EventCompatibility.NewsWindowDays), day) : null;

    private enum PlaceKeyKind
    {
        Unknown,
        Any,
        Core,
        Country,
    }

    /// <summary>An index bucket: a week and a place key (a place core, a country, unknown or any place).</summary>
    private readonly record struct BucketKey(int Week, PlaceKeyKind Kind, string Value);

    /// <summary>
    /// The events filed under one key, in filing order. Most keys hold a single event, which is kept in the bucket
    /// itself: a list for each of them was a fifth of what grouping allocated.
    /// </summary>
    private struct Bucket
    {
        private EventCluster? _first;
        private List<EventCluster>? _rest;

        public readonly int Count => _first is null ? 0 : 1 + (_rest?.Count ?? 0);

        public readonly EventCluster this[int index] => index == 0 ? _first! : _rest![index - 1];

        /// <summary>Files <paramref name="cluster"/> unless it was the last filed here (an earlier frame of it may have been filed under the same key).</summary>
        public void AddUnlessLast(EventCluster cluster)
        {
            if (_first is null)
            {
                _first = cluster;
            }
            else if (this[Count - 1] != cluster)
            {
                (_rest ??= []).Add(cluster);
            }
        }
    }
}
