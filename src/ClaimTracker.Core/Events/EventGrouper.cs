using System.Security.Cryptography;
using System.Text;
using ClaimTracker.Claims;
using ClaimTracker.Claims.Extraction;

namespace ClaimTracker.Events;

/// <summary>
/// Groups claims into real-world events: first within each document (which event each sentence is about), then
/// across documents (frames of compatible type, place, date and targets are one event).
/// </summary>
internal sealed class EventGrouper(FrameBuilder frames, EventVocabulary vocabulary)
{
    /// <summary>The type of an event no sentence names.</summary>
    public const string UnknownType = "incident";

    public static EventGrouper Default { get; } = new(FrameBuilder.Default, EventVocabulary.Default);

    public EventGrouping Group(IReadOnlyList<DocumentAnalysis> documents)
    {
        var order = documents
            .OrderBy(d => d.Document.Published ?? DateOnly.MaxValue)
            .ThenBy(d => d.Document.Id, StringComparer.Ordinal)
            .SelectMany(frames.Build)
            .ToList();
        var clusters = new FrameMerger(vocabulary, EventCompatibility.Default).Merge(order);

        var eventOf = new Dictionary<Claim, string>(ReferenceEqualityComparer.Instance);
        var events = new List<Event>(clusters.Count);
        foreach (var cluster in clusters)
        {
            var built = Build(cluster);
            events.Add(built);
            foreach (var claim in cluster.Frames.SelectMany(f => f.Claims))
            {
                eventOf[claim] = built.Id;
            }
        }

        var claims = documents
            .SelectMany(d => d.Claims)
            .Select(c => eventOf.TryGetValue(c, out var id) ? c with { EventId = id } : c)
            .ToArray();
        return new EventGrouping(events, claims);
    }

    private static Event Build(EventCluster cluster)
    {
        var claims = cluster.Frames.SelectMany(f => f.Claims).Select(c => c.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var documents = cluster.Frames.Select(f => f.DocumentId).Distinct(StringComparer.Ordinal).ToArray();
        var participants = cluster.Frames
            .SelectMany(f => f.Attackers.Concat(f.Targets).Concat(f.Actors))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
        var type = cluster.Type ?? UnknownType;
        var id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('|', claims))).AsSpan(0, 8));
        var label = EventLabel.Format(type, cluster.Place?.Name, cluster.Date);
        return new Event(id, label, type, cluster.Date, cluster.Place?.Name, participants, claims, documents);
    }
}
