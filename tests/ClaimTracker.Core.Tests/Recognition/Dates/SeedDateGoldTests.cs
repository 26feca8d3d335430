using System.Globalization;
using ClaimTracker.Documents;
using ClaimTracker.Recognition.Dates;
using Newtonsoft.Json.Linq;

namespace ClaimTracker.Tests.Recognition.Dates;

/// <summary>Checks the recognizer against Gold/seed-dates.json on the real seed articles.</summary>
public class SeedDateGoldTests
{
    private const string Header = " date ";
    private const int HeaderLength = 16;

    private static readonly Lazy<List<JObject>> Articles = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Gold", "seed-dates.json");
        return JObject.Parse(File.ReadAllText(path))["articles"]!.Cast<JObject>().ToList();
    });

    public static TheoryData<string> Files()
    {
        var files = new TheoryData<string>();
        foreach (var article in Articles.Value)
            files.Add((string)article["file"]!);
        return files;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Finds_every_gold_mention_with_its_value(string file)
    {
        var article = Articles.Value.Single(a => (string)a["file"]! == file);
        var (text, published) = Load(file);
        published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture).Should().Be((string?)article["published"]);

        var mentions = DateRecognizer.Default.Recognize(text, published);

        foreach (var gold in article["mentions"]!.Cast<JObject>())
        {
            var quote = (string)gold["text"]!;
            var occurrence = (int)gold["occurrence"]!;
            var because = $"'{quote}' #{occurrence} in {file}";
            var span = NthOccurrence(text, quote, occurrence);
            var mention = mentions.SingleOrDefault(m => m.Span == span);
            mention.Should().NotBeNull(because);
            mention!.Value?.ToString().Should().Be((string?)gold["value"], because);
            if (gold["value"]!.Type == JTokenType.Null)
                mention.Value.Should().BeNull(because);
            mention.Granularity.ToString().Should().Be((string)gold["granularity"]!, because);
            mention.Resolution.ToString().Should().Be((string)gold["resolution"]!, because);
            if (gold["anchor"] is { } anchor)
                mention.Anchor?.Slice(text).Should().Be((string)anchor!, because);
            if (gold["offset"] is JObject offset)
            {
                mention.Offset.Should().Be(new RelativeOffset(
                    Enum.Parse<DateUnit>((string)offset["unit"]!), (int)offset["min"]!, (int)offset["max"]!,
                    Enum.Parse<RelativeReference>((string)offset["reference"]!)), because);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Reads_no_date_into_the_listed_non_dates(string file)
    {
        var article = Articles.Value.Single(a => (string)a["file"]! == file);
        var (text, published) = Load(file);
        var mentions = DateRecognizer.Default.Recognize(text, published);

        foreach (var notDate in article["notDates"]!.Select(n => (string)n!))
        {
            for (var at = text.IndexOf(notDate, StringComparison.Ordinal); at >= 0;
                 at = text.IndexOf(notDate, at + 1, StringComparison.Ordinal))
            {
                var span = new TextSpan(at, at + notDate.Length);
                mentions.Should().NotContain(m => m.Span.Overlaps(span), $"'{notDate}' is not a date");
            }
        }
    }

    private static (string Text, DateOnly? Published) Load(string file)
    {
        var raw = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", file));
        if (raw.StartsWith(Header, StringComparison.Ordinal) && raw.Length >= HeaderLength
            && DateOnly.TryParseExact(raw.AsSpan(Header.Length, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture,
                DateTimeStyles.None, out var published))
            return (raw[HeaderLength..], published);
        return (raw, null);
    }

    private static TextSpan NthOccurrence(string text, string quote, int occurrence)
    {
        var at = text.IndexOf(quote, StringComparison.Ordinal);
        for (var k = 0; k < occurrence && at >= 0; k++)
            at = text.IndexOf(quote, at + 1, StringComparison.Ordinal);
        at.Should().BeGreaterThanOrEqualTo(0, $"'{quote}' occurs at least {occurrence + 1} times");
        return new TextSpan(at, at + quote.Length);
    }
}
