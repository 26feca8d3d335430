using System.Collections.Frozen;
using ClaimTracker.Recognition.Locations;
using Newtonsoft.Json;

namespace ClaimTracker.Recognition.Actors;

/// <summary>
/// The vocabulary behind actor and location recognition: countries with their names, demonyms and capitals,
/// state bodies, organisations, armed groups, titles, honorifics, places and location patterns. The default
/// data is embedded JSON loaded once; users extend it without recompiling through <see cref="With(IEnumerable{ActorEntry})"/>
/// or a JSON file (<see cref="Load(Stream)"/>). Immutable and thread-safe.
/// </summary>
/// <remarks>
/// JSON format (every section optional; the embedded files use the same one):
/// <code>
/// {
///   "actors": [{ "id": "IR", "name": "Iran", "kind": "Country|StateBody|Organisation|ArmedGroup|Person|Office",
///                "countryId": "IR", "role": null, "names": ["Iran", "the Islamic Republic"],
///                "demonyms": ["Iranian"], "capitals": ["Tehran"], "alsoPersonalName": false }],
///   "places": [{ "id": "AZ/baku", "name": "Baku", "kind": "Country|Region|City|Village|Facility",
///                "countryId": "AZ", "names": ["Baku"] }],
///   "bodies": [{ "key": "foreign-ministry", "name": "Foreign Ministry", "names": ["foreign ministry"],
///                "requiresCountry": false, "foreignMission": false }],
///   "titles": [{ "role": "president", "names": ["president"] }],
///   "honorifics": ["Ayatollah"], "nameParticles": ["al"], "nonNameWords": ["Monday"],
///   "locativePrepositions": ["in"], "territoryNouns": ["territory"], "facilityModifiers": ["oil"],
///   "locationPatterns": [{ "kind": "Facility", "after": ["airport"], "before": ["embassy in"] }]
/// }
/// </code>
/// Entries with an existing id add names to it. A name written "the X" matches X only right after "the".
/// Case rule: an all-capitals name ("US") matches exactly, a capitalised one needs a capitalised word, a
/// lowercase one ("foreign ministry") matches any case.
/// </remarks>
public sealed class Gazetteer
{
    private static readonly string[] EmbeddedFiles = ["countries.json", "country-forms.json", "cities.json", "vocabulary.json"];
    private static readonly Lazy<Gazetteer> DefaultInstance = new(() => new Gazetteer(LoadEmbedded()));

    private readonly GazetteerDocument document;

    private Gazetteer(GazetteerDocument document)
    {
        this.document = document;
        var actors = MergeActors(document.Actors);
        var places = MergePlaces(document.Places);
        Actors = actors.ToFrozenDictionary(entry => entry.Key, entry => entry.Value.Actor, StringComparer.Ordinal);
        PersonalNameCountries = actors.Values.Where(a => a.AlsoPersonalName).Select(a => a.Actor.Id).ToFrozenSet(StringComparer.Ordinal);
        Phrases = PhraseIndex<Lexeme>.Build(BuildLexemes(actors.Values, places.Values, document));
        PatternsAfter = PhraseIndex<LocationKind>.Build(document.LocationPatterns.SelectMany(p => p.After.Select(a => (Keys(a), p.Kind))));
        PatternsBefore = PhraseIndex<LocationKind>.Build(document.LocationPatterns.SelectMany(p => p.Before.Select(b => (Keys(StripArticle(b).Phrase), p.Kind))));
        NameParticles = LowerSet(document.NameParticles);
        NonNameWords = document.NonNameWords.ToFrozenSet(StringComparer.Ordinal);
        Locatives = LowerSet(document.LocativePrepositions);
        TerritoryNouns = LowerSet(document.TerritoryNouns);
        FacilityModifiers = LowerSet(document.FacilityModifiers);
    }

    /// <summary>The embedded data, loaded once.</summary>
    public static Gazetteer Default => DefaultInstance.Value;

    /// <summary>Every canonical actor by id.</summary>
    public IReadOnlyDictionary<string, Actor> Actors { get; }

    internal PhraseIndex<Lexeme> Phrases { get; }

    internal PhraseIndex<LocationKind> PatternsAfter { get; }

    internal PhraseIndex<LocationKind> PatternsBefore { get; }

    internal FrozenSet<string> PersonalNameCountries { get; }

    internal FrozenSet<string> NameParticles { get; }

    internal FrozenSet<string> NonNameWords { get; }

    internal FrozenSet<string> Locatives { get; }

    internal FrozenSet<string> TerritoryNouns { get; }

    internal FrozenSet<string> FacilityModifiers { get; }

    /// <summary>The default data merged with a user JSON file in the format described on this type.</summary>
    /// <param name="json">A readable stream of UTF-8 JSON.</param>
    /// <exception cref="JsonException">The stream is not valid gazetteer JSON.</exception>
    public static Gazetteer Load(Stream json) => Default.Merge(json);

    /// <summary>The default data merged with the user JSON file at <paramref name="path"/>.</summary>
    /// <param name="path">Path of a JSON file in the format described on this type.</param>
    /// <exception cref="JsonException">The file is not valid gazetteer JSON.</exception>
    public static Gazetteer Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    /// <summary>This gazetteer merged with a JSON document in the format described on this type.</summary>
    /// <param name="json">A readable stream of UTF-8 JSON.</param>
    /// <exception cref="JsonException">The stream is not valid gazetteer JSON.</exception>
    public Gazetteer Merge(Stream json) => new(document.Concat(Read(json)));

    /// <summary>This gazetteer with extra actors or extra names for existing actors.</summary>
    /// <param name="actors">The entries to add.</param>
    public Gazetteer With(IEnumerable<ActorEntry> actors) => new(document.Concat(new GazetteerDocument
    {
        Actors = [.. actors.Select(entry => new GazetteerDocument.ActorRecord
        {
            Id = entry.Actor.Id,
            Name = entry.Actor.Name,
            Kind = entry.Actor.Kind,
            CountryId = entry.Actor.CountryId,
            Role = entry.Actor.Role,
            Names = [.. entry.Names],
            Demonyms = [.. entry.Demonyms],
            Capitals = [.. entry.Capitals],
        })],
    }));

    /// <summary>This gazetteer with extra places.</summary>
    /// <param name="places">The entries to add.</param>
    public Gazetteer With(IEnumerable<PlaceEntry> places) => new(document.Concat(new GazetteerDocument
    {
        Places = [.. places.Select(entry => new GazetteerDocument.PlaceRecord
        {
            Id = entry.Location.Id,
            Name = entry.Location.Name,
            Kind = entry.Location.Kind,
            CountryId = entry.Location.CountryId,
            Names = [.. entry.Names],
        })],
    }));

    /// <summary>Where the lower-cased word <paramref name="key"/> starts in each trie; one shared value for the many words that start nothing.</summary>
    internal GazetteerStarts StartsOf(string key)
    {
        var phrase = Phrases.StartOf(key);
        var after = PatternsAfter.StartOf(key);
        var before = PatternsBefore.StartOf(key);
        return phrase is null && after is null && before is null ? GazetteerStarts.None : new GazetteerStarts(phrase, after, before);
    }

    internal static IReadOnlyList<string> Keys(string phrase) => WordTokenizer.Tokenize(phrase).Select(t => t.Key).ToArray();

    private static GazetteerDocument LoadEmbedded()
    {
        var assembly = typeof(Gazetteer).Assembly;
        var names = assembly.GetManifestResourceNames();
        var result = new GazetteerDocument();
        foreach (var file in EmbeddedFiles)
        {
            var name = names.Single(n => n.EndsWith("Actors.Data." + file, StringComparison.Ordinal)
                || n.EndsWith("Actors/Data/" + file, StringComparison.Ordinal));
            using var stream = assembly.GetManifestResourceStream(name)!;
            result = result.Concat(Read(stream));
        }

        return result;
    }

    private static GazetteerDocument Read(Stream json)
    {
        using var reader = new StreamReader(json);
        using var jsonReader = new JsonTextReader(reader);
        return JsonSerializer.CreateDefault().Deserialize<GazetteerDocument>(jsonReader)
            ?? throw new JsonSerializationException("The gazetteer JSON is empty.");
    }

    private static FrozenSet<string> LowerSet(IEnumerable<string> words) =>
        words.Select(w => w.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);

    private static (string Phrase, bool HadArticle) StripArticle(string phrase) =>
        phrase.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? (phrase[4..], true) : (phrase, false);

    private static Dictionary<string, MergedActor> MergeActors(IEnumerable<GazetteerDocument.ActorRecord> records)
    {
        var merged = new Dictionary<string, MergedActor>(StringComparer.Ordinal);
        foreach (var record in records.Where(r => !string.IsNullOrWhiteSpace(r.Id)))
        {
            if (!merged.TryGetValue(record.Id, out var actor))
            {
                var kind = record.Kind ?? ActorKind.Organisation;
                var countryId = record.CountryId ?? (kind == ActorKind.Country ? record.Id : null);
                actor = new MergedActor(new Actor(record.Id, record.Name ?? record.Names.FirstOrDefault() ?? record.Id, kind, countryId, record.Role));
                merged.Add(record.Id, actor);
            }

            actor.Names.AddRange(record.Names);
            actor.Demonyms.AddRange(record.Demonyms);
            actor.Capitals.AddRange(record.Capitals);
            actor.AlsoPersonalName |= record.AlsoPersonalName;
        }

        return merged;
    }

    private static Dictionary<string, MergedPlace> MergePlaces(IEnumerable<GazetteerDocument.PlaceRecord> records)
    {
        var merged = new Dictionary<string, MergedPlace>(StringComparer.Ordinal);
        foreach (var record in records.Where(r => !string.IsNullOrWhiteSpace(r.Id)))
        {
            if (!merged.TryGetValue(record.Id, out var place))
            {
                place = new MergedPlace(new Location(record.Id, record.Name, record.Kind, record.CountryId));
                merged.Add(record.Id, place);
                place.Names.Add(record.Name);
            }

            place.Names.AddRange(record.Names);
        }

        return merged;
    }

    private static IEnumerable<(IReadOnlyList<string>, Lexeme)> BuildLexemes(
        IEnumerable<MergedActor> actors, IEnumerable<MergedPlace> places, GazetteerDocument document)
    {
        var cities = places.Where(p => p.Location.Kind == LocationKind.City && p.Location.CountryId is not null)
            .GroupBy(p => (p.Location.Name, p.Location.CountryId!))
            .ToDictionary(g => g.Key, g => g.First().Location);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lexemes = new List<(IReadOnlyList<string>, Lexeme)>();

        void Add(string phrase, LexemeKind kind, string identity, Func<Lexeme, Lexeme> fill)
        {
            AddForm(phrase, kind, identity, fill);
            var folded = Diacritics.Fold(phrase);
            if (!string.Equals(folded, phrase, StringComparison.Ordinal))
            {
                AddForm(folded, kind, identity, fill);
            }
        }

        void AddForm(string phrase, LexemeKind kind, string identity, Func<Lexeme, Lexeme> fill)
        {
            var (text, hadArticle) = StripArticle(phrase.Trim());
            var tokens = WordTokenizer.Tokenize(text);
            if (tokens.Length == 0 || !seen.Add(string.Join(' ', tokens.Select(t => t.Key)) + "|" + identity + "|" + hadArticle))
            {
                return;
            }

            lexemes.Add((tokens.Select(t => t.Key).ToArray(), fill(new Lexeme(kind, tokens.Select(t => t.Text).ToArray(), hadArticle))));
        }

        foreach (var merged in actors)
        {
            var actor = merged.Actor;
            var nameKind = actor.Kind == ActorKind.Country ? LexemeKind.CountryName : LexemeKind.NamedActor;
            foreach (var name in merged.Names)
            {
                Add(name, nameKind, "actor:" + actor.Id, l => l with { Actor = actor });
            }

            foreach (var demonym in merged.Demonyms)
            {
                Add(demonym, LexemeKind.Demonym, "actor:" + actor.Id, l => l with { Actor = actor });
            }

            foreach (var capital in merged.Capitals)
            {
                var city = cities.GetValueOrDefault((capital, actor.Id))
                    ?? new Location(actor.Id + "/" + Slug.Of(capital), capital, LocationKind.City, actor.Id);
                Add(capital, LexemeKind.Capital, "capital:" + actor.Id, l => l with { Actor = actor, Place = city });
            }
        }

        foreach (var place in places)
        {
            foreach (var name in place.Names)
            {
                Add(name, LexemeKind.Place, "place:" + place.Location.Id, l => l with { Place = place.Location });
            }
        }

        foreach (var body in document.Bodies)
        {
            var definition = new BodyDefinition(body.Key, body.Name, body.RequiresCountry, body.IsForeignMission);
            foreach (var name in body.Names)
            {
                Add(name, LexemeKind.Body, "body:" + body.Key, l => l with { Body = definition });
            }
        }

        foreach (var title in document.Titles)
        {
            foreach (var name in title.Names)
            {
                Add(name, LexemeKind.Title, "title:" + title.Role, l => l with { Role = title.Role });
            }
        }

        foreach (var honorific in document.Honorifics)
        {
            Add(honorific, LexemeKind.Honorific, "honorific", l => l);
        }

        return lexemes;
    }

    private sealed class MergedActor(Actor actor)
    {
        public Actor Actor { get; } = actor;

        public List<string> Names { get; } = [];

        public List<string> Demonyms { get; } = [];

        public List<string> Capitals { get; } = [];

        public bool AlsoPersonalName { get; set; }
    }

    private sealed class MergedPlace(Location location)
    {
        public Location Location { get; } = location;

        public List<string> Names { get; } = [];
    }
}
