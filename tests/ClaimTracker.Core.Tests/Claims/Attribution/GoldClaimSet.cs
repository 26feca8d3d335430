using System.Globalization;
using ClaimTracker.Claims;
using ClaimTracker.Claims.Attribution;
using ClaimTracker.Claims.Extraction;
using ClaimTracker.Documents;
using ClaimTracker.Recognition;
using ClaimTracker.Recognition.Actors;
using Newtonsoft.Json.Linq;

namespace ClaimTracker.Tests.Claims.Attribution;

/// <summary>
/// Runs extractors over the seed articles and the gold articles and scores their claims of one kind against
/// tests/gold: a gold claim is found when a predicted claim of the same kind has the same key fields and evidence
/// overlapping the gold quote; a predicted claim that finds no gold claim is an extra.
/// </summary>
internal static class GoldClaimSet
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static Score Measure(IReadOnlyList<IClaimExtractor> extractors, ClaimKind kind, Func<JObject, Claim, bool> sameValue)
    {
        var extractor = new ClaimExtractor(extractors, MentionRecognizer.Default);
        var documents = new DocumentLoader().LoadPaths([Path.Combine(RepoRoot, "seeds"), Path.Combine(RepoRoot, "tests", "gold", "articles")]).Documents;
        var claims = documents.ToDictionary(d => d.Id, d => extractor.Extract(d).Claims.Where(c => c.Kind == kind).ToList(), StringComparer.Ordinal);
        var texts = documents.ToDictionary(d => d.Id, d => d.Text, StringComparer.Ordinal);
        var gold = new[] { "seeds.json", "articles.json" }
            .SelectMany(f => ((JArray)JObject.Parse(File.ReadAllText(Path.Combine(RepoRoot, "tests", "gold", f)))["claims"]!).Cast<JObject>())
            .Where(g => string.Equals((string?)g["kind"], KindName(kind), StringComparison.Ordinal))
            .ToList();

        var missed = new List<string>();
        var matched = new HashSet<Claim>();
        foreach (var g in gold)
        {
            var document = (string)g["document"]!;
            var quote = QuoteSpan(texts[document], (string)g["quote"]!, (int?)g["occurrence"] ?? 1);
            var hits = claims[document].Where(c => c.Evidence.Span.Overlaps(quote) && sameValue(g, c)).ToList();
            matched.UnionWith(hits);
            if (hits.Count == 0)
            {
                missed.Add($"{g["id"]}: {g["quote"]}");
            }
        }

        var extras = claims.Values.SelectMany(c => c).Where(c => !matched.Contains(c))
            .Select(c => $"{c.DocumentId}: {c.Subject} {Describe(c.Value)} | {c.Evidence.Text}").ToList();
        var predicted = claims.Values.Sum(c => c.Count);
        return new Score(gold.Count, gold.Count - missed.Count, predicted, predicted - extras.Count, missed, extras);
    }

    /// <summary>Whether a predicted actor is the gold actor: an ISO code compares at country level, a plain name by name.</summary>
    public static bool SameActor(string? gold, Actor? actor) =>
        gold is not null && actor is not null
        && (string.Equals(ActorCountries.CountryIdOf(actor), gold, StringComparison.Ordinal)
            || string.Equals(actor.Name, gold, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether a gold value is a country code rather than a plain name ("IR" vs "Corran Star").</summary>
    public static bool IsCountryCode(string? gold) => gold is { Length: 2 } && gold.All(char.IsAsciiLetterUpper);

    private static string Describe(ClaimValue value) => value switch
    {
        AttributionValue a => $"{a.Attacker.Id} -> {a.Target?.Id}",
        StanceValue s => $"{s.Actor.Id} {s.Stance} {s.Against?.Id}",
        EventDateValue d => d.Date.ToString(),
        _ => value.ToString(),
    };

    private static string KindName(ClaimKind kind) => kind switch
    {
        ClaimKind.Attribution => "attribution",
        ClaimKind.Stance => "stance",
        ClaimKind.EventDate => "eventDate",
        _ => kind.ToString(),
    };

    private static TextSpan QuoteSpan(string text, string quote, int occurrence)
    {
        var at = -1;
        for (var n = 0; n < occurrence; n++)
        {
            at = text.IndexOf(quote, at + 1, StringComparison.Ordinal);
        }

        return at < 0 ? throw new InvalidOperationException($"Gold quote not found: {quote}") : new TextSpan(at, at + quote.Length);
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ClaimTracker.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("No folder above the test assembly holds ClaimTracker.slnx.");
    }

    internal sealed record Score(int Gold, int Found, int Predicted, int Correct, IReadOnlyList<string> Missed, IReadOnlyList<string> Extras)
    {
        public double Recall => Gold == 0 ? 1 : (double)Found / Gold;

        public double Precision => Predicted == 0 ? 1 : (double)Correct / Predicted;

        public override string ToString() =>
            string.Create(CultureInfo.InvariantCulture, $"recall {Found}/{Gold} = {Recall:F2}, precision {Correct}/{Predicted} = {Precision:F2}")
            + Environment.NewLine + "missed:" + Environment.NewLine + string.Join(Environment.NewLine, Missed)
            + Environment.NewLine + "extra:" + Environment.NewLine + string.Join(Environment.NewLine, Extras);
    }
}
