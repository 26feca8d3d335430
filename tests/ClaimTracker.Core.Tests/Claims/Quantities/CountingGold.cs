using ClaimTracker.Claims;
using ClaimTracker.Claims.Casualties;
using ClaimTracker.Claims.Extraction;
using ClaimTracker.Claims.Quantities;
using ClaimTracker.Claims.Weapons;
using ClaimTracker.Documents;
using ClaimTracker.Recognition;
using ClaimTracker.Recognition.Numbers;
using Newtonsoft.Json.Linq;

namespace ClaimTracker.Tests.Claims.Quantities;

/// <summary>
/// Scores the weapon, casualty and quantity extractors against the hand-made gold in tests/gold: a gold claim is found
/// when a claim of the same document and kind has the same key fields (weapon and phase; casualty type; measure), the
/// same count and evidence overlapping the gold quote. Gold writes "about 30" as 30..30 inexact and "more than 40" as
/// min 41, while <see cref="NumberValue"/> keeps the cue's interval; counts are compared after that translation.
/// </summary>
internal static class CountingGold
{
    private static readonly IClaimExtractor[] Extractors = [WeaponCountExtractor.Default, CasualtyExtractor.Default, QuantityExtractor.Default];

    public static string RepositoryRoot { get; } = FindRoot();

    public static GoldScore Score(string goldFile, string documentsFolder)
    {
        var gold = JObject.Parse(File.ReadAllText(Path.Combine(RepositoryRoot, "tests", "gold", goldFile)));
        var documents = new DocumentLoader().LoadPaths([Path.Combine(RepositoryRoot, documentsFolder)]).Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var extractor = new ClaimExtractor(Extractors, MentionRecognizer.Default);
        var predicted = documents.Values.SelectMany(d => extractor.Extract(d).Claims).ToList();
        var expected = gold["claims"]!.Children<JObject>().Where(c => KindOf((string)c["kind"]!) is not null).ToList();

        var unmatched = new List<Claim>(predicted);
        var missed = new List<string>();
        foreach (var claim in expected)
        {
            var document = documents[(string)claim["document"]!];
            var quote = QuoteSpan(document.Text, (string)claim["quote"]!, (int?)claim["occurrence"] ?? 1);
            var match = unmatched.FirstOrDefault(p => p.DocumentId == document.Id && Matches(claim, p) && p.Evidence.Span.Overlaps(quote));
            if (match is null)
            {
                missed.Add($"{claim["id"]} {claim["kind"]} \"{claim["quote"]}\"");
            }
            else
            {
                unmatched.Remove(match);
            }
        }

        var extras = unmatched.Select(c => $"{c.DocumentId} {c.Subject} {Describe(c.Value)} \"{c.Evidence.Text}\"").ToList();
        return new GoldScore(expected.Count, expected.Count - missed.Count, predicted.Count, missed, extras);
    }

    private static bool Matches(JObject gold, Claim claim) => claim.Value switch
    {
        WeaponCountValue w => claim.Kind == ClaimKind.WeaponCount && (string)gold["kind"]! == "weaponCount"
            && w.Weapon == (string)gold["weapon"]! && string.Equals(w.Phase.ToString(), (string)gold["phase"]!, StringComparison.OrdinalIgnoreCase)
            && CountMatches(gold, w.Count),
        CasualtyValue c => (string)gold["kind"]! == "casualties"
            && string.Equals(c.Type.ToString(), (string)gold["casualty"]!, StringComparison.OrdinalIgnoreCase) && CountMatches(gold, c.Count),
        QuantityValue q => (string)gold["kind"]! == "quantity" && q.Measure == (string)gold["subject"]! && CountMatches(gold, q.Count),
        _ => false,
    };

    private static bool CountMatches(JObject gold, NumberValue value)
    {
        var min = (decimal)gold["min"]!;
        var max = (decimal?)gold["max"];
        return value.Qualifier switch
        {
            NumberQualifier.Exact => value.Min == min && value.Max == max,
            NumberQualifier.MoreThan => min == value.Min + 1 && max is null,
            NumberQualifier.AtLeast => min == value.Min && max is null,
            NumberQualifier.Approximate => min == max && value.Min <= min && min <= value.Max,
            // Open vague words ("many", "millions") have a lower bound by convention on both sides; the gold uses 2.
            NumberQualifier.Vague => (value.Min == min && value.Max == max) || (max is null && value.Min >= min),
            _ => value.Min == min && value.Max == max,
        };
    }

    private static string? KindOf(string kind) => kind is "weaponCount" or "casualties" or "quantity" ? kind : null;

    private static TextSpan QuoteSpan(string text, string quote, int occurrence)
    {
        var at = -1;
        for (var n = 0; n < occurrence; n++)
        {
            at = text.IndexOf(quote, at + 1, StringComparison.Ordinal);
            if (at < 0)
            {
                throw new InvalidOperationException($"Gold quote not found: {quote}");
            }
        }

        return new TextSpan(at, at + quote.Length);
    }

    private static string Describe(ClaimValue value) => value switch
    {
        WeaponCountValue w => $"{w.Weapon}/{w.Phase} {Describe(w.Count)}",
        CasualtyValue c => $"{c.Type}/{c.Victims} {Describe(c.Count)}",
        QuantityValue q => $"{q.Measure} {Describe(q.Count)}",
        _ => value.ToString() ?? "",
    };

    private static string Describe(NumberValue value) => $"{value.Min}..{value.Max?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "∞"} {value.Qualifier}";

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ClaimTracker.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("No folder with ClaimTracker.slnx above the test assembly.");
    }
}

/// <summary>How many gold claims were found and which claims were extra.</summary>
internal sealed record GoldScore(int Expected, int Found, int Predicted, IReadOnlyList<string> Missed, IReadOnlyList<string> Extras)
{
    public double Recall => Expected == 0 ? 1 : (double)Found / Expected;

    public double Precision => Predicted == 0 ? 1 : (double)Found / Predicted;
}
