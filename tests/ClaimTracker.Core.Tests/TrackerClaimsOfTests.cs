using ClaimTracker.Documents;

namespace ClaimTracker.Tests;

public class TrackerClaimsOfTests
{
    private static Document Article(string id, string text) =>
        new DocumentLoader().FromText(text, "Outlet A", new DateOnly(2025, 3, 5), id).Document!;

    [Fact]
    public void A_documents_claims_are_those_the_analysis_reports_for_it_without_event_ids()
    {
        var tracker = new Tracker();
        tracker.Add([
            Article("a", "Three people were killed in a drone strike on Kharkiv on Monday, officials said."),
            Article("b", "Five people were killed in a drone strike on Kharkiv on Monday, police said."),
        ]);

        var own = tracker.ClaimsOf("a");

        own.Should().NotBeEmpty();
        own.Should().OnlyContain(c => c.DocumentId == "a" && c.EventId == null);
        own.Select(c => c.Id).Should().Equal(tracker.Analyze().Claims.Where(c => c.DocumentId == "a").Select(c => c.Id));
    }

    [Fact]
    public void An_unknown_or_removed_document_has_no_claims()
    {
        var tracker = new Tracker();
        tracker.Add(Article("a", "Three people were killed in a drone strike on Kharkiv on Monday."));
        tracker.Remove("a");

        tracker.ClaimsOf("a").Should().BeEmpty();
        tracker.ClaimsOf("missing").Should().BeEmpty();
    }
}
