using ClaimTracker.Documents;
using ClaimTracker.Recognition.Actors;
using ClaimTracker.Recognition.Locations;

namespace ClaimTracker.Tests.Recognition.Actors;

/// <summary>
/// The actor scan keeps each word's first steps into the gazetteer tries with the word, in a per-thread vocabulary,
/// instead of looking them up at every token. That is a shortcut only: with it off the phrases, pattern places, actors
/// and places found must be the same, also when one thread reads with two gazetteers in turn (a word must never carry
/// the other gazetteer's steps).
/// </summary>
public class WordStartsShortcutTests
{
    // "Iran Yard" is a place only in the extended gazetteer; a step kept from it would make the default one see it too.
    private const string ExtraLine = "\nTrucks waited at Iran Yard and then at Harbor Gate.";

    private static readonly Gazetteer Extended = Gazetteer.Default.With(
    [
        new PlaceEntry(new Location("XX/iran-yard", "Iran Yard", LocationKind.Facility, "IR"), ["Iran Yard"]),
        new PlaceEntry(new Location("XX/harbor-gate", "Harbor Gate", LocationKind.Facility, "AZ"), ["Harbor Gate"]),
    ]);

    public static TheoryData<string> Texts()
    {
        var data = new TheoryData<string>();
        foreach (var text in ArticleTexts.SeedsAndGoldArticles())
        {
            data.Add(text + ExtraLine);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Scans_are_the_same_with_and_without_remembered_word_starts(string text)
    {
        foreach (var gazetteer in new[] { Gazetteer.Default, Extended, Gazetteer.Default })
        {
            var fast = Describe(gazetteer, text, rememberWordStarts: true);
            var full = Describe(gazetteer, text, rememberWordStarts: false);

            full.Should().NotBeEmpty();
            fast.Should().Equal(full);
        }
    }

    [Fact]
    public void The_place_only_one_gazetteer_knows_is_found_with_that_one_alone()
    {
        var text = "Officials in Baku said." + ExtraLine;

        Describe(Extended, text, rememberWordStarts: true).Should().Contain("place XX/iran-yard Iran Yard");
        Describe(Gazetteer.Default, text, rememberWordStarts: true).Should().NotContain(line => line.Contains("iran-yard"));
    }

    private static List<string> Describe(Gazetteer gazetteer, string text, bool rememberWordStarts)
    {
        var scan = TextScan.Of(gazetteer, text, new TextSpan(0, text.Length), rememberWordStarts);
        var lines = new List<string>();
        foreach (var match in scan.Matches)
        {
            var meanings = string.Join(",", match.Lexemes.Select(l => $"{l.Kind}:{l.Actor?.Id}:{l.Place?.Id}:{l.Role}:{l.Body?.Key}"));
            lines.Add($"match {match.First}-{match.End}-{match.Next} {meanings}");
        }

        lines.AddRange(scan.PatternLocations.Select(p => $"pattern {p.First}-{p.End} {p.Location}"));
        lines.AddRange(new ActorRecognizer(gazetteer).RecognizeScan(scan).Select(a => $"actor {a.Span} {a.Actor.Id} {a.Form}"));
        lines.AddRange(new LocationRecognizer(gazetteer).RecognizeScan(scan).Select(l => $"place {l.Location.Id} {l.Text}"));
        return lines;
    }
}
