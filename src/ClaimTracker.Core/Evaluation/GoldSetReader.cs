using System.Globalization;
using ClaimTracker.Claims;
using ClaimTracker.Conflicts;
using ClaimTracker.Documents;
using ClaimTracker.Recognition.Dates;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ClaimTracker.Evaluation;

/// <summary>
/// Reads and validates a gold file (tests/gold/*.json): loads the documents it names (paths relative to the gold
/// file; a folder's manifest.json applies, and the gold's own source and date override it), checks every claim's
/// fields for its kind, finds every quote in its document's cleaned text and checks every reference. Any problem
/// makes the set unusable, and all of them are reported together.
/// </summary>
public static class GoldSetReader
{
    private const int MaxJsonDepth = 32;
    private const long MaxGoldBytes = 16 * 1024 * 1024;

    /// <summary>Reads the gold file at <paramref name="path"/>.</summary>
    /// <param name="path">The gold JSON file.</param>
    public static LoadResult<GoldSet> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var root = ReadRoot(path, out var failure);
        if (root is null)
        {
            return new LoadResult<GoldSet>(null, [failure!]);
        }

        var problems = new List<string>();
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? ".";
        var documents = ReadDocuments(root, folder, problems);
        var texts = documents.ToDictionary(d => d.Id, d => d.Text, StringComparer.Ordinal);
        var events = ReadEvents(root, problems);
        var claims = ReadClaims(root, texts, events, problems);
        var claimIds = claims.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var conflicts = ReadConflicts(root, claimIds, problems);
        var nonConflicts = ReadNonConflicts(root, claimIds, problems);
        var nonClaims = ReadNonClaims(root, texts, problems);
        if (problems.Count > 0)
        {
            return new LoadResult<GoldSet>(null, problems);
        }

        var set = new GoldSet(path, root.Value<string?>("description"), documents, claims, [.. events.Values], conflicts, nonConflicts, nonClaims);
        return new LoadResult<GoldSet>(set, []);
    }

    private static JObject? ReadRoot(string path, out string? failure)
    {
        failure = null;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                failure = $"{path}: no such gold file";
                return null;
            }

            if (info.Length > MaxGoldBytes)
            {
                failure = $"{path}: the gold file is {info.Length} bytes, over the limit of {MaxGoldBytes}";
                return null;
            }

            using var reader = new JsonTextReader(new StringReader(File.ReadAllText(path)))
            {
                MaxDepth = MaxJsonDepth,
                DateParseHandling = DateParseHandling.None,
                FloatParseHandling = FloatParseHandling.Decimal,
            };
            return JObject.Load(reader);
        }
        catch (JsonException ex)
        {
            failure = $"{path}: not a gold file, the JSON is invalid ({ex.Message})";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            failure = $"{path}: the gold file could not be read ({ex.Message})";
        }

        return null;
    }

    private static List<Document> ReadDocuments(JObject root, string folder, List<string> problems)
    {
        var documents = new List<Document>();
        var entries = Entries(root, "documents", problems);
        if (entries.Count == 0)
        {
            problems.Add("documents: the gold set names no documents");
        }

        var loader = new DocumentLoader();
        foreach (var (entry, where) in entries)
        {
            var id = RequiredString(entry, "id", where, problems);
            var file = RequiredString(entry, "file", where, problems);
            if (id is null || file is null)
            {
                continue;
            }

            if (documents.Any(d => string.Equals(d.Id, id, StringComparison.Ordinal)))
            {
                problems.Add($"{where}: duplicate document id '{id}'");
                continue;
            }

            var batch = loader.LoadPaths([System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, file))]);
            if (batch.Documents.Count != 1)
            {
                var reason = batch.Errors.Count > 0 ? batch.Errors[0].Reason : "it is not a .txt or .json article";
                problems.Add($"{where} ('{id}'): {file} could not be loaded ({reason})");
                continue;
            }

            var document = batch.Documents[0] with { Id = id };
            if (entry.Value<string?>("source") is { Length: > 0 } source)
            {
                document = document with { Source = source };
            }

            if (entry.Value<string?>("published") is { } published)
            {
                if (TryParseDay(published, out var day))
                {
                    document = document with { Published = day };
                }
                else
                {
                    problems.Add($"{where} ('{id}'): published '{published}' is not a date (YYYY-MM-DD)");
                }
            }

            documents.Add(document);
        }

        return documents;
    }

    private static Dictionary<string, GoldEvent> ReadEvents(JObject root, List<string> problems)
    {
        var events = new Dictionary<string, GoldEvent>(StringComparer.Ordinal);
        foreach (var (entry, where) in Entries(root, "events", problems))
        {
            if (RequiredString(entry, "id", where, problems) is not { } id)
            {
                continue;
            }

            if (!events.TryAdd(id, new GoldEvent(id, entry.Value<string?>("label") ?? id)))
            {
                problems.Add($"{where}: duplicate event id '{id}'");
            }
        }

        return events;
    }

    private static List<GoldClaim> ReadClaims(JObject root, Dictionary<string, string> texts, Dictionary<string, GoldEvent> events, List<string> problems)
    {
        var claims = new List<GoldClaim>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (entry, index) in Entries(root, "claims", problems))
        {
            var where = entry.Value<string?>("id") is { } named ? $"{index} ('{named}')" : index;
            var before = problems.Count;
            var claim = ReadClaim(entry, where, texts, problems);
            if (claim is null || problems.Count > before)
            {
                continue;
            }

            if (!ids.Add(claim.Id))
            {
                problems.Add($"{where}: duplicate claim id");
            }
            else if (claim.EventId is { } eventId && !events.ContainsKey(eventId))
            {
                problems.Add($"{where}: event '{eventId}' is not among the events");
            }
            else
            {
                claims.Add(claim);
            }
        }

        return claims;
    }

    private static GoldClaim? ReadClaim(JObject entry, string where, Dictionary<string, string> texts, List<string> problems)
    {
        var id = RequiredString(entry, "id", where, problems);
        var kind = RequiredEnum<ClaimKind>(entry, "kind", where, problems);
        var span = QuoteSpan(entry, where, texts, problems, out var documentId, out var quote);
        if (id is null || kind is null || span is null)
        {
            return null;
        }

        var claim = new GoldClaim(id, documentId!, entry.Value<string?>("event"), kind.Value, quote!, span.Value)
        {
            Claimant = entry.Value<string?>("claimant"),
            Modality = OptionalEnum<Modality>(entry, "modality", where, problems),
            Target = entry.Value<string?>("target"),
            Victims = entry.Value<string?>("victims"),
            Subject = entry.Value<string?>("subject"),
        };
        return kind.Value switch
        {
            ClaimKind.WeaponCount => WithCount(entry, where, problems, claim with
            {
                Weapon = RequiredString(entry, "weapon", where, problems),
                Phase = RequiredEnum<WeaponPhase>(entry, "phase", where, problems),
            }),
            ClaimKind.Casualties => WithCount(entry, where, problems, claim with { Casualty = RequiredEnum<CasualtyType>(entry, "casualty", where, problems) }),
            ClaimKind.Quantity => WithCount(entry, where, problems, claim),
            ClaimKind.EventDate => claim with { Dates = Interval(entry, where, problems) },
            ClaimKind.Attribution => claim with { Attacker = RequiredString(entry, "attacker", where, problems) },
            ClaimKind.Stance => claim with
            {
                Actor = RequiredString(entry, "actor", where, problems),
                Stance = RequiredEnum<StanceType>(entry, "stance", where, problems),
            },
            _ => claim,
        };
    }

    private static GoldClaim WithCount(JObject entry, string where, List<string> problems, GoldClaim claim)
    {
        var min = Number(entry, "min", where, problems);
        var max = Number(entry, "max", where, problems);
        if (min is null)
        {
            problems.Add($"{where}: a {ValueFormat.Lower(claim.Kind.ToString())} claim needs a numeric 'min'");
        }
        else if (max < min)
        {
            problems.Add($"{where}: 'max' {max} is below 'min' {min}");
        }

        return claim with { Min = min, Max = max, Exact = entry.Value<bool?>("exact") ?? min == max };
    }

    private static DateInterval? Interval(JObject entry, string where, List<string> problems)
    {
        var start = RequiredString(entry, "start", where, problems);
        var end = RequiredString(entry, "end", where, problems);
        if (start is null || end is null)
        {
            return null;
        }

        if (!TryParseDay(start, out var first) || !TryParseDay(end, out var last))
        {
            problems.Add($"{where}: 'start' and 'end' must be dates (YYYY-MM-DD), not '{start}' and '{end}'");
            return null;
        }

        if (last < first)
        {
            problems.Add($"{where}: 'end' {end} is before 'start' {start}");
            return null;
        }

        return new DateInterval(first, last);
    }

    private static TextSpan? QuoteSpan(JObject entry, string where, Dictionary<string, string> texts, List<string> problems, out string? documentId, out string? quote)
    {
        documentId = RequiredString(entry, "document", where, problems);
        quote = RequiredString(entry, "quote", where, problems);
        if (documentId is null || quote is null)
        {
            return null;
        }

        if (!texts.TryGetValue(documentId, out var text))
        {
            problems.Add($"{where}: document '{documentId}' is not among the documents");
            return null;
        }

        var occurrence = entry.Value<int?>("occurrence") ?? 1;
        var start = -1;
        for (var seen = 0; seen < occurrence; seen++)
        {
            start = text.IndexOf(quote, start + 1, StringComparison.Ordinal);
            if (start < 0)
            {
                var which = occurrence == 1 ? "" : $" (occurrence {occurrence})";
                problems.Add($"{where}: the quote \"{quote}\"{which} is not in the cleaned text of '{documentId}'");
                return null;
            }
        }

        return new TextSpan(start, start + quote.Length);
    }

    private static List<GoldConflict> ReadConflicts(JObject root, HashSet<string> claimIds, List<string> problems)
    {
        var conflicts = new List<GoldConflict>();
        foreach (var (entry, index) in Entries(root, "conflicts", problems))
        {
            var id = RequiredString(entry, "id", index, problems);
            var where = id is null ? index : $"{index} ('{id}')";
            var kind = RequiredEnum<ConflictKind>(entry, "kind", where, problems);
            var claims = ClaimList(entry, where, claimIds, problems);
            if (id is not null && kind is not null && claims is not null)
            {
                conflicts.Add(new GoldConflict(id, entry.Value<string?>("event"), kind.Value, entry.Value<string?>("about") ?? "", claims));
            }
        }

        return conflicts;
    }

    private static List<GoldNonConflict> ReadNonConflicts(JObject root, HashSet<string> claimIds, List<string> problems)
    {
        var pairs = new List<GoldNonConflict>();
        foreach (var (entry, where) in Entries(root, "nonConflicts", problems))
        {
            if (ClaimList(entry, where, claimIds, problems) is { } claims)
            {
                pairs.Add(new GoldNonConflict(entry.Value<string?>("note") ?? string.Join(" / ", claims), claims));
            }
        }

        return pairs;
    }

    private static List<GoldNonClaim> ReadNonClaims(JObject root, Dictionary<string, string> texts, List<string> problems)
    {
        var nonClaims = new List<GoldNonClaim>();
        foreach (var (entry, where) in Entries(root, "nonClaims", problems))
        {
            var kind = OptionalEnum<ClaimKind>(entry, "kind", where, problems);
            if (QuoteSpan(entry, where, texts, problems, out var documentId, out var quote) is { } span)
            {
                nonClaims.Add(new GoldNonClaim(documentId!, quote!, span, kind, entry.Value<string?>("note") ?? ""));
            }
        }

        return nonClaims;
    }

    private static List<string>? ClaimList(JObject entry, string where, HashSet<string> claimIds, List<string> problems)
    {
        if (entry["claims"] is not JArray array || array.Any(t => t.Type != JTokenType.String))
        {
            problems.Add($"{where}: 'claims' must be an array of claim ids");
            return null;
        }

        var claims = array.Select(t => (string)t!).Distinct(StringComparer.Ordinal).ToList();
        var unknown = claims.Where(c => !claimIds.Contains(c)).ToList();
        if (unknown.Count > 0)
        {
            problems.Add($"{where}: unknown claim id(s) {string.Join(", ", unknown)}");
            return null;
        }

        if (claims.Count < 2)
        {
            problems.Add($"{where}: names fewer than two claims");
            return null;
        }

        return claims;
    }

    private static List<(JObject Entry, string Where)> Entries(JObject root, string name, List<string> problems)
    {
        var token = root[name];
        if (token is null || token.Type == JTokenType.Null)
        {
            return [];
        }

        if (token is not JArray array)
        {
            problems.Add($"{name}: must be an array");
            return [];
        }

        var entries = new List<(JObject, string)>();
        for (var i = 0; i < array.Count; i++)
        {
            var where = string.Create(CultureInfo.InvariantCulture, $"{name}[{i}]");
            if (array[i] is JObject entry)
            {
                entries.Add((entry, where));
            }
            else
            {
                problems.Add($"{where}: must be an object");
            }
        }

        return entries;
    }

    private static string? RequiredString(JObject entry, string field, string where, List<string> problems)
    {
        if (entry[field] is JValue { Type: JTokenType.String } value && value.Value<string>() is { Length: > 0 } text)
        {
            return text;
        }

        problems.Add($"{where}: '{field}' is missing or not a non-empty string");
        return null;
    }

    private static T? RequiredEnum<T>(JObject entry, string field, string where, List<string> problems)
        where T : struct, Enum
    {
        var text = RequiredString(entry, field, where, problems);
        return text is null ? null : ParseEnum<T>(text, field, where, problems);
    }

    private static T? OptionalEnum<T>(JObject entry, string field, string where, List<string> problems)
        where T : struct, Enum
    {
        var text = entry.Value<string?>(field);
        return text is null ? null : ParseEnum<T>(text, field, where, problems);
    }

    private static T? ParseEnum<T>(string text, string field, string where, List<string> problems)
        where T : struct, Enum
    {
        if (text.All(char.IsAsciiLetter) && Enum.TryParse<T>(text, ignoreCase: true, out var value))
        {
            return value;
        }

        var allowed = string.Join(" | ", Enum.GetNames<T>().Select(ValueFormat.Lower));
        problems.Add($"{where}: '{field}' is '{text}', expected {allowed}");
        return null;
    }

    private static decimal? Number(JObject entry, string field, string where, List<string> problems)
    {
        var token = entry[field];
        if (token is null || token.Type == JTokenType.Null)
        {
            return null;
        }

        if (token.Type is JTokenType.Integer or JTokenType.Float)
        {
            return token.Value<decimal>();
        }

        problems.Add($"{where}: '{field}' must be a number or null");
        return null;
    }

    private static bool TryParseDay(string text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
