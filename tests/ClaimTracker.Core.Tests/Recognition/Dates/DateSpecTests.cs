using ClaimTracker.Recognition.Dates;
using Newtonsoft.Json.Linq;

namespace ClaimTracker.Tests.Recognition.Dates;

/// <summary>Runs every case of Specs/Dates/date-cases.json: the exact list of mentions, offsets and values.</summary>
public class DateSpecTests
{
    private static readonly Lazy<Dictionary<string, JObject>> Cases = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Specs", "Dates", "date-cases.json");
        var document = JObject.Parse(File.ReadAllText(path));
        return document["cases"]!.Cast<JObject>().ToDictionary(c => (string)c["name"]!, StringComparer.Ordinal);
    });

    public static TheoryData<string> CaseNames()
    {
        var names = new TheoryData<string>();
        foreach (var name in Cases.Value.Keys)
            names.Add(name);
        return names;
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Recognizes_exactly_the_specified_mentions(string name)
    {
        var spec = Cases.Value[name];
        var text = (string)spec["text"]!;
        var published = spec["published"]?.Type == JTokenType.String
            ? DateOnly.ParseExact((string)spec["published"]!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            : (DateOnly?)null;

        var mentions = DateRecognizer.Default.Recognize(text, published);

        var expected = spec["mentions"]!.Cast<JObject>().ToList();
        mentions.Select(m => m.Text).Should().Equal(expected.Select(e => (string)e["text"]!), $"case '{name}'");
        for (var i = 0; i < expected.Count; i++)
            ShouldMatch(mentions[i], expected[i], text);
    }

    private static void ShouldMatch(DateMention mention, JObject expected, string text)
    {
        var because = $"mention '{mention.Text}'";
        mention.Span.Start.Should().Be((int)expected["start"]!, because);
        mention.Span.End.Should().Be((int)expected["end"]!, because);
        mention.Value?.ToString().Should().Be((string?)expected["value"], because);
        if (mention.Value is null)
            expected["value"]!.Type.Should().Be(JTokenType.Null, because);
        mention.Granularity.ToString().Should().Be((string)expected["granularity"]!, because);
        mention.Resolution.ToString().Should().Be((string)expected["resolution"]!, because);

        if (expected["anchor"] is { } anchor)
            mention.Anchor?.Slice(text).Should().Be((string)anchor!, because);
        if (expected["anchor"] is not null)
            mention.Anchor.Should().NotBeNull(because);

        if (expected["offset"] is JObject offset)
        {
            mention.Offset.Should().Be(new RelativeOffset(
                Enum.Parse<DateUnit>((string)offset["unit"]!),
                (int)offset["min"]!,
                (int)offset["max"]!,
                Enum.Parse<RelativeReference>((string)offset["reference"]!)), because);
        }
    }
}
