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

        // Index loops over the documents' claims here and below: read through the list interface, each document's
        // claims cost an enumerator object. The quantities are taken aside in the same pass for the topics.
        var total = 0;
        var quantities = new List<Claim>();
        for (var d = 0; d < documents.Count; d++)
        {
            var ofDocument = documents[d].Claims;
            total += ofDocument.Count;
            for (var c = 0; c < ofDocument.Count; c++)
            {
                if (ofDocument[c].Value is QuantityValue)
                {
                    quantities.Add(ofDocument[c]);
                }
            }
        }

        var eventOf = new Dictionary<Claim, string>(total, ReferenceEqualityComparer.Instance);
        var events = new List<Event>(clusters.Count);
        var ids = new EventIds();
        foreach (var cluster in clusters)
        {
            var built = Build(cluster, ids);
            events.Add(built);
            foreach (var frame in cluster.Frames)
            {
                foreach (var claim in frame.Claims)
                {
                    eventOf[claim] = built.Id;
                }
            }
        }

        foreach (var topic in quantities
            .GroupBy(c => ((QuantityValue)c.Value).Measure.Trim().ToLowerInvariant(), StringComparer.Ordinal))
        {
            var built = Topic(((QuantityValue)topic.First().Value).Measure, topic.ToList(), ids);
            events.Add(built);
            foreach (var claim in topic)
            {
                eventOf[claim] = built.Id;
            }
        }

        // Sized once: every claim of every document is listed, with its event id when it has one.
        var claims = new Claim[total];
        var next = 0;
        for (var d = 0; d < documents.Count; d++)
        {
            var ofDocument = documents[d].Claims;
            for (var c = 0; c < ofDocument.Count; c++)
            {
                var claim = ofDocument[c];
                claims[next++] = eventOf.TryGetValue(claim, out var id) ? claim with { EventId = id } : claim;
            }
        }

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

    private static Event Topic(string measure, IReadOnlyList<Claim> estimates, EventIds ids)
    {
        foreach (var claim in estimates)
        {
            ids.AddClaim(claim.Id);
            ids.AddDocument(claim.DocumentId);
        }

        var claims = ids.Claims();
        return new Event(EventIds.IdOf(claims), EventLabel.Format(EstimateType, measure, null), EstimateType, null, null, [], claims, ids.Documents());
    }

    private static Event Build(EventCluster cluster, EventIds ids)
    {
        foreach (var frame in cluster.Frames)
        {
            ids.AddDocument(frame.DocumentId);
            ids.AddParticipants(frame.Attackers);
            ids.AddParticipants(frame.Targets);
            ids.AddParticipants(frame.Actors);
            foreach (var claim in frame.Claims)
            {
                ids.AddClaim(claim.Id);
            }
        }

        var claims = ids.Claims();
        var participants = ids.Participants();
        var documents = ids.Documents();
        var type = cluster.Type ?? UnknownType;
        var label = EventLabel.Format(type, cluster.Place?.Name, cluster.Date);
        return new Event(EventIds.IdOf(claims), label, type, cluster.Date, cluster.Place?.Name, participants, claims, documents);
    }
}
