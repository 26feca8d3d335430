using ClaimTracker.Claims;
using ClaimTracker.Claims.Extraction;
using ClaimTracker.Documents;
using ClaimTracker.Recognition;
using ClaimTracker.Recognition.Actors;
using ClaimTracker.Recognition.Dates;
using ClaimTracker.Recognition.Numbers;
using ClaimTracker.Text;

namespace ClaimTracker.Tests.Events;

/// <summary>
/// Builds a <see cref="DocumentAnalysis"/> from a text with real sentences and mentions but hand-made claims, each
/// located by its quote, so the event and conflict stages can be tested without the claim extractors.
/// </summary>
internal sealed class TestDocument(string id, string text, DateOnly? published, string? source = null)
{
    private readonly List<Claim> _claims = [];

    public static Actor Country(string code, string name) => new(code, name, ActorKind.Country, code, null);

    public static Actor Group(string name) => new(name.ToLowerInvariant().Replace(' ', '-'), name, ActorKind.ArmedGroup, null, null);

    public TestDocument Weapon(string quote, string weapon, WeaponPhase phase, NumberValue count, int occurrence = 1) =>
        Add(ClaimKind.WeaponCount, weapon + "s " + phase.ToString().ToLowerInvariant(), new WeaponCountValue(weapon, phase, count), quote, Modality.Asserted, occurrence);

    public TestDocument Casualties(string quote, CasualtyType type, NumberValue count, string? victims = "people", Modality modality = Modality.Asserted) =>
        Add(ClaimKind.Casualties, type == CasualtyType.Killed ? "people killed" : "people injured", new CasualtyValue(type, victims, count), quote, modality);

    public TestDocument Date(string quote, DateOnly start, DateOnly end, DateGranularity granularity = DateGranularity.Day) =>
        Add(ClaimKind.EventDate, "event date", new EventDateValue(new DateInterval(start, end), granularity), quote, Modality.Asserted);

    public TestDocument Date(string quote, DateOnly day) => Date(quote, day, day);

    public TestDocument Attribution(string quote, Actor attacker, Actor? target) =>
        Add(ClaimKind.Attribution, "attacker", new AttributionValue(attacker, target), quote, Modality.Asserted);

    public TestDocument Stance(string quote, Actor actor, StanceType stance, Modality modality = Modality.Asserted) =>
        Add(ClaimKind.Stance, actor.Name + "'s stance", new StanceValue(actor, stance, null), quote, modality);

    public DocumentAnalysis Build()
    {
        var document = Document;
        var sentences = SentenceSplitter.Default.Split(text);
        var mentions = MentionRecognizer.Default.Recognize(text, published);
        return new DocumentAnalysis(document, sentences, mentions, _claims.Select(c => WithSentence(c, sentences)).ToArray());
    }

    public Document Document => new(id, source ?? "Outlet " + id, null, published, null, text);

    private TestDocument Add(ClaimKind kind, string subject, ClaimValue value, string quote, Modality modality, int occurrence = 1)
    {
        var start = -1;
        for (var i = 0; i < occurrence; i++)
        {
            start = text.IndexOf(quote, start + 1, StringComparison.Ordinal);
        }

        if (start < 0)
        {
            throw new ArgumentException($"Quote '{quote}' is not in the text of {id}.", nameof(quote));
        }

        var span = new TextSpan(start, start + quote.Length);
        var claimId = id + "." + (_claims.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        _claims.Add(new Claim(claimId, kind, id, source ?? "Outlet " + id, subject, value, new Claimant(source ?? id, null, true), modality, new Evidence(span, quote, span, quote), 0.9));
        return this;
    }

    private Claim WithSentence(Claim claim, IReadOnlyList<Sentence> sentences)
    {
        var sentence = sentences.FirstOrDefault(s => s.Span.Contains(claim.Evidence.Span));
        var span = sentence.Span.Length > 0 ? sentence.Span : claim.Evidence.Span;
        return claim with { Evidence = claim.Evidence with { Sentence = span, SentenceText = span.Slice(text) } };
    }
}
