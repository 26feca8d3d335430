using ClaimTracker.Documents;
using ClaimTracker.Recognition.Actors;
using ClaimTracker.Recognition.Locations;

namespace ClaimTracker.Tests.Recognition.Actors;

/// <summary>
/// A scan's per-token lists are the thread's kept ones, handed back when it is disposed and reused by the next scan.
/// What a scan finds must not depend on what the lists held before: longer or shorter texts, or a scan still open
/// while another is made.
/// </summary>
public class TextScanReuseTests
{
    [Fact]
    public void Scans_reusing_kept_lists_find_what_fresh_scans_find()
    {
        var texts = ArticleTexts.SeedsAndGoldArticles().ToArray();
        var longest = texts.MaxBy(t => t.Length)!;

        // Without disposing, every scan has lists of its own.
        var fresh = texts.Select(t => Describe(TextScan.Of(Gazetteer.Default, t, new TextSpan(0, t.Length)))).ToArray();

        foreach (var order in new[] { texts, texts.Reverse().ToArray() })
        {
            foreach (var text in order)
            {
                Reused(longest);
                Reused(text).Should().Equal(fresh[Array.IndexOf(texts, text)]);
            }
        }
    }

    [Fact]
    public void A_scan_open_while_another_is_made_keeps_its_tokens()
    {
        const string outer = "Officials in Baku said Iran had moved troops to the border.";
        const string inner = "Tehran denied it.";
        var expected = Describe(TextScan.Of(Gazetteer.Default, outer, new TextSpan(0, outer.Length)));

        using var open = TextScan.Of(Gazetteer.Default, outer, new TextSpan(0, outer.Length));
        Reused(inner);
        Reused(inner);

        Describe(open).Should().Equal(expected).And.Contain(line => line.Contains("Baku", StringComparison.Ordinal));
    }

    private static List<string> Reused(string text)
    {
        using var scan = TextScan.Of(Gazetteer.Default, text, new TextSpan(0, text.Length));
        return Describe(scan);
    }

    private static List<string> Describe(TextScan scan)
    {
        var lines = new List<string>();
        for (var t = 0; t < scan.Tokens.Length; t++)
        {
            lines.Add($"token {scan.Tokens[t]} {scan.Tokens[t].Text} {scan.Sentence[t]} {scan.MatchAt(t)}");
        }

        lines.AddRange(scan.PatternLocations.Select(p => $"pattern {p.First}-{p.End} {p.Location}"));
        lines.AddRange(new ActorRecognizer(scan.Gazetteer).RecognizeScan(scan).Select(a => $"actor {a.Span} {a.Actor.Id} {a.Form}"));
        lines.AddRange(new LocationRecognizer(scan.Gazetteer).RecognizeScan(scan).Select(l => $"place {l.Span} {l.Location.Id} {l.Text}"));
        return lines;
    }
}
