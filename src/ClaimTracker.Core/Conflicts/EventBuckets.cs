using ClaimTracker.Claims;
using ClaimTracker.Events;

namespace ClaimTracker.Conflicts;

/// <summary>
/// The factual claims of each event, events in the given order and then any others by id, kept as one array of claim
/// positions sorted by event (a counting sort, stable) rather than as a list per event: a million claims then make a
/// few large arrays instead of a small object per event that lives, and is copied by the collector, for the whole
/// detection. Factual quantities are kept apart: they are compared across events.
/// </summary>
internal sealed class EventBuckets
{
    private readonly IReadOnlyList<Claim> _claims;
    private readonly string[] _eventIds;
    private readonly int[] _starts;
    private readonly int[] _claimsByEvent;

    private EventBuckets(IReadOnlyList<Claim> claims, string[] eventIds, int[] starts, int[] claimsByEvent, List<Claim> quantities)
    {
        _claims = claims;
        _eventIds = eventIds;
        _starts = starts;
        _claimsByEvent = claimsByEvent;
        Quantities = quantities;
    }

    /// <summary>How many events have factual claims.</summary>
    public int Count => _eventIds.Length;

    /// <summary>The factual quantities of every event, in claim order.</summary>
    public IReadOnlyList<Claim> Quantities { get; }

    public static EventBuckets Of(IReadOnlyList<Event> events, IReadOnlyList<Claim> claims)
    {
        var indexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var ids = new List<string>();
        var sizes = new List<int>();
        var eventOf = new int[claims.Count];
        var quantities = new List<Claim>();
        string? lastId = null;
        var last = -1;
        for (var i = 0; i < claims.Count; i++)
        {
            eventOf[i] = -1;
            var claim = claims[i];
            if (!claim.IsFactual || claim.EventId is not { } eventId)
            {
                continue;
            }

            if (claim.Value is QuantityValue)
            {
                quantities.Add(claim);
                continue;
            }

            // Claims of one event usually come together: look the event up only when it changes.
            if (!string.Equals(lastId, eventId, StringComparison.Ordinal))
            {
                if (!indexOf.TryGetValue(eventId, out last))
                {
                    last = ids.Count;
                    indexOf.Add(eventId, last);
                    ids.Add(eventId);
                    sizes.Add(0);
                }

                lastId = eventId;
            }

            eventOf[i] = last;
            sizes[last]++;
        }

        // The rank of each event: the given events first (each once), then the others in id order.
        var rank = new int[ids.Count];
        Array.Fill(rank, -1);
        var ordered = new List<string>(ids.Count);
        foreach (var e in events)
        {
            if (indexOf.TryGetValue(e.Id, out var index) && rank[index] < 0)
            {
                rank[index] = ordered.Count;
                ordered.Add(e.Id);
            }
        }

        foreach (var index in Enumerable.Range(0, ids.Count).Where(i => rank[i] < 0).OrderBy(i => ids[i], StringComparer.Ordinal))
        {
            rank[index] = ordered.Count;
            ordered.Add(ids[index]);
        }

        var starts = new int[ordered.Count + 1];
        for (var index = 0; index < ids.Count; index++)
        {
            starts[rank[index] + 1] = sizes[index];
        }

        for (var r = 0; r < ordered.Count; r++)
        {
            starts[r + 1] += starts[r];
        }

        var next = starts[..^1];
        var claimsByEvent = new int[starts[^1]];
        for (var i = 0; i < eventOf.Length; i++)
        {
            if (eventOf[i] >= 0)
            {
                claimsByEvent[next[rank[eventOf[i]]]++] = i;
            }
        }

        return new EventBuckets(claims, [.. ordered], starts, claimsByEvent, quantities);
    }

    /// <summary>How many factual claims (quantities aside) the event of rank <paramref name="rank"/> has.</summary>
    public int Size(int rank) => _starts[rank + 1] - _starts[rank];

    /// <summary>The claims of the event of rank <paramref name="rank"/>, sorted by kind.</summary>
    public EventClaims Claims(int rank)
    {
        var claims = new EventClaims(_eventIds[rank]);
        for (var k = _starts[rank]; k < _starts[rank + 1]; k++)
        {
            claims.Add(_claims[_claimsByEvent[k]]);
        }

        return claims;
    }
}
