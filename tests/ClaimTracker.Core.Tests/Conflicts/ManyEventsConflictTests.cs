using System.Globalization;
using ClaimTracker.Claims;
using ClaimTracker.Conflicts;
using ClaimTracker.Documents;
using ClaimTracker.Events;

namespace ClaimTracker.Tests.Conflicts;

/// <summary>Detection over many events (spread over the cores) finds what one event at a time finds, in the same order.</summary>
public class ManyEventsConflictTests
{
    [Fact]
    public void Conflicts_of_many_events_are_those_of_each_event_in_event_order()
    {
        var seeds = Tracker.AnalyzeAll(new DocumentLoader().LoadPaths([SeedFiles.Folder]).Documents);
        var copies = (600 / Math.Max(1, seeds.Events.Count)) + 1;
        var events = new List<Event>();
        var claims = new List<Claim>();
        var documents = new Dictionary<string, Document>(StringComparer.Ordinal);
        var expected = new List<Conflict>();
        for (var copy = 0; copy < copies; copy++)
        {
            var suffix = "~" + copy.ToString(CultureInfo.InvariantCulture);
            var copyEvents = seeds.Events.Select(e => e with { Id = e.Id + suffix }).ToArray();
            // Estimates (quantities) are compared across all events by measure, so copies of them would meet: leave them out.
            var copyClaims = seeds.Claims.Where(c => c.Value is not QuantityValue).Select(c => c with { Id = c.Id + suffix, DocumentId = c.DocumentId + suffix, EventId = c.EventId + suffix }).ToArray();
            var copyDocuments = seeds.Documents.ToDictionary(d => d.Id + suffix, d => d with { Id = d.Id + suffix }, StringComparer.Ordinal);
            expected.AddRange(ConflictDetector.Default.Detect(copyEvents, copyClaims, copyDocuments));
            events.AddRange(copyEvents);
            claims.AddRange(copyClaims);
            foreach (var (id, document) in copyDocuments)
            {
                documents[id] = document;
            }
        }

        var found = ConflictDetector.Default.Detect(events, claims, documents);

        events.Should().HaveCountGreaterThan(512);
        expected.Should().NotBeEmpty();
        found.Select(c => (c.Id, c.EventId, c.Explanation)).Should().Equal(expected.Select(c => (c.Id, c.EventId, c.Explanation)));
    }
}
