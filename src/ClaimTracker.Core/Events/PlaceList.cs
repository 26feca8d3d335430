using ClaimTracker.Recognition.Locations;

namespace ClaimTracker.Events;

/// <summary>The places a frame or an event has named, compared by id.</summary>
internal static class PlaceList
{
    /// <summary>
    /// Whether <paramref name="place"/> is among <paramref name="places"/> by id. A loop, not a lambda: it is asked for
    /// every place of every sentence and of every merged frame.
    /// </summary>
    public static bool Names(List<Location> places, Location place)
    {
        foreach (var known in places)
        {
            if (string.Equals(known.Id, place.Id, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
