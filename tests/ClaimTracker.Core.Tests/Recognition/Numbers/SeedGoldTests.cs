using ClaimTracker.Recognition.Numbers;
using Newtonsoft.Json.Linq;

namespace ClaimTracker.Tests.Recognition.Numbers;

/// <summary>Every number a claim in the seed articles could rest on is recognized with the right value.</summary>
public class SeedGoldTests
{
    public static TheoryData<string, string, int> GoldMentions()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var mention in LoadGold())
        {
            data.Add((string)mention["file"]!, (string)mention["text"]!, (int)mention["occurrence"]!);
        }

        return data;
    }

    [Fact]
    public void Gold_lists_the_mentions_that_matter_in_every_seed()
    {
        LoadGold().Select(m => (string)m["file"]!).Distinct().Should().HaveCount(5);
    }

    [Theory]
    [MemberData(nameof(GoldMentions))]
    public void Gold_mention_is_recognized_with_its_value(string file, string text, int occurrence)
    {
        var gold = LoadGold().Single(m => (string)m["file"]! == file && (string)m["text"]! == text && (int)m["occurrence"]! == occurrence);
        var article = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", file));
        var start = NthIndexOf(article, text, occurrence);
        start.Should().BeGreaterThanOrEqualTo(0, "the gold text must occur in the seed");

        var mention = NumberRecognizer.Default.Recognize(article).SingleOrDefault(m => m.Span.Start == start);

        mention.Should().NotBeNull($"'{text}' (occurrence {occurrence}) in {file} is a number mention");
        mention!.Text.Should().Be(text);
        mention.Value.Min.Should().Be((decimal)gold["min"]!);
        mention.Value.Max.Should().Be((decimal?)gold["max"]);
        mention.Value.IsExact.Should().Be((bool)gold["isExact"]!);
        mention.Value.Qualifier.Should().Be(Enum.Parse<NumberQualifier>((string)gold["qualifier"]!));
        mention.Kind.Should().Be(Enum.Parse<QuantityKind>((string)gold["kind"]!));
        mention.CurrencyCode.Should().Be((string?)gold["currency"]);
    }

    private static IEnumerable<JObject> LoadGold() =>
        ((JArray)JObject.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Gold", "seed-numbers.json")))["mentions"]!).Cast<JObject>();

    private static int NthIndexOf(string text, string value, int occurrence)
    {
        var index = -1;
        for (var n = 0; n <= occurrence; n++)
        {
            index = text.IndexOf(value, index + 1, StringComparison.Ordinal);
            if (index < 0)
            {
                return -1;
            }
        }

        return index;
    }
}
