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

    /// <summary>The type of a topic event that gathers estimates of one measure (a population, a refugee count).</summary>
    public const string EstimateType = "estimate";

    public EventGrouping Group(IReadOnlyList<DocumentAnalysis> documents) => Group(documents, FramesOf);

    /// <summary>
    /// Groups with frames built before: a document's frames depend on that document alone, so a tracker builds them
    /// once when the document is added instead of on every regrouping.
    /// </summary>
    public EventGrouping Group(IReadOnlyList<DocumentAnalysis> documents, Func<DocumentAnalysis, IReadOnlyList<EventFrame>> framesOf)
    {
        var order = documents
            .OrderBy(d => d.Document.Published ?? DateOnly.MaxValue)
            .ThenBy(d => d.Document.Id, StringComparer.Ordinal)
            .SelectMany(framesOf)
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

        foreach (var topic in documents.SelectMany(d => d.Claims).Where(c => c.Value is QuantityValue)
            .GroupBy(c => ((QuantityValue)c.Value).Measure.Trim().ToLowerInvariant(), StringComparer.Ordinal))
        {
            var built = Topic(((QuantityValue)topic.First().Value).Measure, topic.ToList());
            events.Add(built);
            foreach (var claim in topic)
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

    /// <summary>The event frames of one document. They are never changed afterwards, so they may be kept and shared.</summary>
    public IReadOnlyList<EventFrame> FramesOf(DocumentAnalysis document) =>
        // Estimates such as a population's size are not about an attack: they form one topic per measure. Most
        // documents have none, and their analysis is used as it is rather than copied.
        frames.Build(HasQuantities(document.Claims) ? document with { Claims = document.Claims.Where(c => c.Value is not QuantityValue).ToArray() } : document);

    private static bool HasQuantities(IReadOnlyList<Claim> claims)
    {
        for (var i = 0; i < claims.Count; i++)
        {
            if (claims[i].Value is QuantityValue)
            {
                return true;
            }
        }

        return false;
    }

    private static Event Topic(string measure, IReadOnlyList<Claim> estimates)
    {
        var claims = estimates.Select(c => c.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var documents = estimates.Select(c => c.DocumentId).Distinct(StringComparer.Ordinal).ToArray();
        return new Event(IdOf(claims), EventLabel.Format(EstimateType, measure, null), EstimateType, null, null, [], claims, documents);
    }

    private static string IdOf(IReadOnlyList<string> claimIds) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('|', claimIds))).AsSpan(0, 8));

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
        var id = IdOf(claims);
        var label = EventLabel.Format(type, cluster.Place?.Name, cluster.Date);
        return new Event(id, label, type, cluster.Date, cluster.Place?.Name, participants, claims, documents);
    }
}
