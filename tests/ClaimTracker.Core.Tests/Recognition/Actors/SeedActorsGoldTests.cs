using ClaimTracker.Recognition.Actors;
using ClaimTracker.Recognition.Locations;
using Newtonsoft.Json.Linq;

namespace ClaimTracker.Tests.Recognition.Actors;

/// <summary>Every actor and location a claim in the seed articles could rest on is recognized as stated in the gold file.</summary>
public class SeedActorsGoldTests
{
    public static TheoryData<string, string, int, string, string> Items()
    {
        var gold = JObject.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Gold", "seed-actors.json")));
        var data = new TheoryData<string, string, int, string, string>();
        foreach (var item in gold["items"]!)
        {
            var isActor = item["actor"] is not null;
            data.Add(
                (string)item["file"]!,
                (string)item["text"]!,
                (int)item["occurrence"]!,
                isActor ? "actor:" + (string)item["actor"]! : "location:" + (string)item["location"]!,
                isActor ? (string)item["form"]! : (string)item["kind"]!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Items))]
    public void Gold_mention_is_recognized(string file, string text, int occurrence, string expected, string formOrKind)
    {
        var article = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", file));
        var start = NthIndexOf(article, text, occurrence);
        start.Should().BeGreaterThanOrEqualTo(0, "the gold text must occur in the seed");

        if (expected.StartsWith("actor:", StringComparison.Ordinal))
        {
            ActorRecognizer.Default.Recognize(article)
                .Should().Contain(m => m.Span.Start == start && m.Text == text,
                    "{0} #{1} should be an actor mention", text, occurrence)
                .Which.Should().Match<ActorMention>(m => "actor:" + m.Actor.Id == expected && m.Form.ToString() == formOrKind);
        }
        else
        {
            LocationRecognizer.Default.Recognize(article)
                .Should().Contain(m => m.Span.Start == start && m.Text == text,
                    "{0} #{1} should be a location mention", text, occurrence)
                .Which.Should().Match<LocationMention>(m => "location:" + m.Location.Id == expected && m.Location.Kind.ToString() == formOrKind);
        }
    }

    private static int NthIndexOf(string text, string value, int occurrence)
    {
        var index = text.IndexOf(value, StringComparison.Ordinal);
        for (var n = 0; n < occurrence && index >= 0; n++)
        {
            index = text.IndexOf(value, index + 1, StringComparison.Ordinal);
        }

        return index;
    }
}
