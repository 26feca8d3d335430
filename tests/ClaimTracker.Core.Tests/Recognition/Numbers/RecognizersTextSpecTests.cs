using System.Globalization;
using ClaimTracker.Documents;
using ClaimTracker.Recognition.Numbers;
using Humanizer;
using Newtonsoft.Json.Linq;
using Xunit.Abstractions;

namespace ClaimTracker.Tests.Recognition.Numbers;

/// <summary>
/// Runs the Microsoft Recognizers-Text English number specs (MIT, see Specs/Numbers/README.md) through the recognizer.
/// Cases outside our scope are left out by the rules in <see cref="ExclusionReason"/>, never by hand.
/// </summary>
public class RecognizersTextSpecTests(ITestOutputHelper output)
{
    private const decimal RequiredPassRate = 0.90m;

    private static readonly CultureInfo English = new("en-US");

    // Ordinal words from an independent source (Humanizer), to spot ranges between ranks ("between the tenth and the fifteenth").
    private static readonly HashSet<string> OrdinalWords = Enumerable.Range(1, 100)
        .Select(n => n.ToOrdinalWords(English))
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static readonly string[] CurrencyMarkers = ["$", "€", "£", "¥", "dollar", "euro", "pound", "yuan"];

    public enum SpecKind
    {
        Number,
        Range,
        Percent,
    }

    [Theory]
    [InlineData("NumberModel.json", SpecKind.Number)]
    [InlineData("NumberRangeModel.json", SpecKind.Range)]
    [InlineData("PercentModel.json", SpecKind.Percent)]
    public void Spec_file_passes_at_least_ninety_percent_of_the_cases_in_scope(string file, SpecKind kind)
    {
        var cases = JArray.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Specs", "Numbers", file)));
        int used = 0, passed = 0, excluded = 0;
        foreach (var specCase in cases.Cast<JObject>())
        {
            var input = (string)specCase["Input"]!;
            var expected = ((JArray)specCase["Results"]!).Cast<JObject>().ToList();
            if (ExclusionReason(specCase, input, expected, kind) is not null)
            {
                excluded++;
                continue;
            }

            used++;
            var failure = Compare(input, expected, kind);
            if (failure is null)
            {
                passed++;
            }
            else
            {
                output.WriteLine($"FAIL {input}: {failure}");
            }
        }

        var rate = (decimal)passed / used;
        output.WriteLine($"{file}: {passed}/{used} passed ({rate:P1}), {excluded} excluded by rule");
        used.Should().BeGreaterThan(10);
        rate.Should().BeGreaterThanOrEqualTo(RequiredPassRate);
    }

    /// <summary>Why a case is out of scope, or null when it is used. Each rule is listed in Specs/Numbers/README.md.</summary>
    private static string? ExclusionReason(JObject specCase, string input, List<JObject> expected, SpecKind kind)
    {
        var notSupported = $"{specCase["NotSupported"]} {specCase["NotSupportedByDesign"]}";
        if (notSupported.Contains("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return "not supported in .NET upstream";
        }

        foreach (var result in expected)
        {
            var resolution = (JObject)result["Resolution"]!;
            var subtype = (string?)resolution["subtype"];
            if (subtype is "fraction" or "power")
            {
                return "fractions and scientific notation are out of scope";
            }

            var value = (string?)resolution["value"];
            if (value is null or "null")
            {
                return "a percent word without a number has no value";
            }

            var bounds = kind == SpecKind.Range ? ParseInterval(value) : null;
            var numbers = bounds is { } b ? new[] { b.Min, b.Max }.OfType<decimal>() : [ParseValue(value)];
            if (numbers.Any(n => n < 0m || (kind == SpecKind.Range && n != decimal.Truncate(n))))
            {
                return "negative or fractional values are out of scope";
            }

            var text = (string)result["Text"]!;
            if (kind == SpecKind.Range && text.Split(' ', '-').Any(OrdinalWords.Contains))
            {
                return "ranges between ranks (ordinals) are not quantities";
            }
        }

        if (kind == SpecKind.Number && CurrencyMarkers.Any(m => input.Contains(m, StringComparison.OrdinalIgnoreCase)))
        {
            return "money mentions include the currency in their span, the number model leaves it out";
        }

        return null;
    }

    private static string? Compare(string input, List<JObject> expected, SpecKind kind)
    {
        var mentions = NumberRecognizer.Default.Recognize(input);
        var matched = new HashSet<NumberMention>();
        foreach (var result in expected)
        {
            var span = new TextSpan((int)result["Start"]!, (int)result["End"]! + 1);
            var value = (string)result["Resolution"]!["value"]!;
            var mention = mentions.FirstOrDefault(m => m.Span == span);
            if (mention is null)
            {
                return $"missing '{span.Slice(input)}' = {value}; got {Describe(mentions)}";
            }

            if (!ValueMatches(mention, value, kind))
            {
                return $"'{mention.Text}' read as {Describe([mention])}, expected {value}";
            }

            matched.Add(mention);
        }

        var extra = mentions.Where(m => !matched.Contains(m) && Counts(m, kind)).ToList();
        return extra.Count == 0 ? null : $"unexpected {Describe(extra)}";
    }

    /// <summary>Which unmatched mentions count as wrong: each spec file only lists its own kind of result.</summary>
    private static bool Counts(NumberMention mention, SpecKind kind) => kind switch
    {
        SpecKind.Number => mention.Kind != QuantityKind.Ordinal,
        SpecKind.Range => !mention.Value.IsExact,
        _ => mention.Kind == QuantityKind.Percentage,
    };

    private static bool ValueMatches(NumberMention mention, string value, SpecKind kind)
    {
        if (kind != SpecKind.Range)
        {
            var number = ParseValue(value);
            var kindMatches = kind == SpecKind.Number ? mention.Kind == QuantityKind.Count : mention.Kind == QuantityKind.Percentage;
            return kindMatches && mention.Value.IsExact && mention.Value.Min == number;
        }

        var (min, max, qualifier) = ParseInterval(value)!.Value;
        var actual = mention.Value;
        return qualifier switch
        {
            NumberQualifier.Range => actual.Qualifier == NumberQualifier.Range && actual.Min == min && actual.Max == max,
            NumberQualifier.Exact => actual.IsExact && actual.Min == min,
            NumberQualifier.AtMost or NumberQualifier.LessThan => actual.Qualifier == qualifier && actual.Max == max,
            _ => actual.Qualifier == qualifier && actual.Min == min && actual.Max is null,
        };
    }

    private static decimal ParseValue(string value) =>
        decimal.Parse(value.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>
    /// Maps the upstream interval notation to ours: "(a,)" more than a, "[a,)" at least a, "(,b)" less than b,
    /// "(,b]" at most b, "[a,a]" exactly a. Any two-sided interval ("[20,30)", "(10,40)") is our inclusive Range a..b:
    /// upstream marks "20 to 30" half-open, while in news "15–20 million" includes 20 million.
    /// </summary>
    private static (decimal? Min, decimal? Max, NumberQualifier Qualifier)? ParseInterval(string value)
    {
        var parts = value[1..^1].Split(',');
        if (parts.Length != 2)
        {
            return null;
        }

        decimal? min = parts[0].Length == 0 ? null : ParseValue(parts[0]);
        decimal? max = parts[1].Length == 0 ? null : ParseValue(parts[1]);
        var lowerOpen = value[0] == '(';
        var upperOpen = value[^1] == ')';
        return (min, max) switch
        {
            ({ }, null) => (min, null, lowerOpen ? NumberQualifier.MoreThan : NumberQualifier.AtLeast),
            (null, { }) => (null, max, upperOpen ? NumberQualifier.LessThan : NumberQualifier.AtMost),
            ({ } a, { } b) when a == b => (a, b, NumberQualifier.Exact),
            _ => (min, max, NumberQualifier.Range),
        };
    }

    private static string Describe(IEnumerable<NumberMention> mentions) =>
        "[" + string.Join("; ", mentions.Select(m => $"'{m.Text}' {m.Value.Qualifier} {m.Value.Min}..{m.Value.Max} {m.Kind}")) + "]";
}
