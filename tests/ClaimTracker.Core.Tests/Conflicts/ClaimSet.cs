using ClaimTracker.Claims;
using ClaimTracker.Documents;
using ClaimTracker.Recognition.Actors;
using ClaimTracker.Recognition.Dates;
using ClaimTracker.Recognition.Numbers;

namespace ClaimTracker.Tests.Conflicts;

/// <summary>Hand-made claims already grouped into events, with their documents, for the conflict rules.</summary>
internal sealed class ClaimSet
{
    private readonly Dictionary<string, Document> _documents = new(StringComparer.Ordinal);

    public List<Claim> Claims { get; } = [];

    public IReadOnlyDictionary<string, Document> Documents => _documents;

    public static Actor Country(string code, string name) => new(code, name, ActorKind.Country, code, null);

    public ClaimSet Document(string id, string source, DateOnly? published)
    {
        _documents[id] = new Document(id, source, null, published, null, "");
        return this;
    }

    public ClaimSet Weapon(string doc, string quote, string weapon, WeaponPhase phase, NumberValue count, string eventId = "E1") =>
        Add(doc, eventId, ClaimKind.WeaponCount, weapon + "s", new WeaponCountValue(weapon, phase, count), quote);

    public ClaimSet Casualties(string doc, string quote, CasualtyType type, NumberValue count, string? victims = "people", Modality modality = Modality.Asserted, string eventId = "E1") =>
        Add(doc, eventId, ClaimKind.Casualties, "people", new CasualtyValue(type, victims, count), quote, modality);

    public ClaimSet Date(string doc, string quote, DateOnly start, DateOnly end, string eventId = "E1") =>
        Add(doc, eventId, ClaimKind.EventDate, "event date", new EventDateValue(new DateInterval(start, end), DateGranularity.Day), quote);

    public ClaimSet Attribution(string doc, string quote, Actor attacker, string eventId = "E1", string? sentence = null, string? claimant = null) =>
        Add(doc, eventId, ClaimKind.Attribution, "attacker", new AttributionValue(attacker, null), quote, sentence: sentence, claimant: claimant);

    public ClaimSet Stance(string doc, string quote, Actor actor, StanceType stance, Modality modality = Modality.Asserted, string? sentence = null, string eventId = "E1") =>
        Add(doc, eventId, ClaimKind.Stance, actor.Name + "'s stance", new StanceValue(actor, stance, null), quote, modality, sentence);

    public ClaimSet Quantity(string doc, string quote, string measure, NumberValue count, string eventId = "E1") =>
        Add(doc, eventId, ClaimKind.Quantity, measure, new QuantityValue(measure, count), quote);

    public Claim this[string id] => Claims.Single(c => c.Id == id);

    /// <summary>Claims get ids "doc.n"; the quote stands inside <paramref name="sentence"/> (default: the quote alone); sentences lie 200 characters apart.</summary>
    private ClaimSet Add(string doc, string eventId, ClaimKind kind, string subject, ClaimValue value, string quote, Modality modality = Modality.Asserted, string? sentence = null, string? claimant = null)
    {
        var sentenceText = sentence ?? quote;
        var sentenceStart = Claims.FirstOrDefault(c => c.DocumentId == doc && c.Evidence.SentenceText == sentenceText)?.Evidence.Sentence.Start
            ?? Claims.Count(c => c.DocumentId == doc) * 200;
        var start = sentenceStart + Math.Max(0, sentenceText.IndexOf(quote, StringComparison.Ordinal));
        var number = Claims.Count(c => c.DocumentId == doc) + 1;
        var source = _documents.TryGetValue(doc, out var document) ? document.Source : doc;
        var who = claimant is null ? new Claimant(source, null, true) : new Claimant(claimant, null, false);
        Claims.Add(new Claim(
            doc + "." + number.ToString(System.Globalization.CultureInfo.InvariantCulture), kind, doc, source, subject, value, who, modality,
            new Evidence(new TextSpan(start, start + quote.Length), quote, new TextSpan(sentenceStart, sentenceStart + sentenceText.Length), sentenceText),
            0.9)
        { EventId = eventId });
        return this;
    }
}
