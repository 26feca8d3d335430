using ClaimTracker.Claims;
using ClaimTracker.Documents;
using ClaimTracker.Recognition;
using ClaimTracker.Recognition.Dates;
using ClaimTracker.Recognition.Locations;
using ClaimTracker.Text;

namespace ClaimTracker.Events;

/// <summary>Reads the event cues of one sentence: type, place, date and participants.</summary>
/// <param name="vocabulary">The trigger phrases and event types.</param>
/// <param name="filtersWordShapes">
/// Whether a word whose first letter, last letter and length no trigger's first word has is passed without a
/// dictionary lookup (nearly every word of a sentence; off only to test that).
/// </param>
internal sealed class SentenceCueReader(EventVocabulary vocabulary, bool filtersWordShapes = true)
{
    private static readonly HashSet<string> NoIds = new(StringComparer.Ordinal);

    private readonly WordShapeFilter? _triggerStarts = filtersWordShapes ? new WordShapeFilter(vocabulary.Triggers.FirstWords) : null;

    public static SentenceCueReader Default { get; } = new(EventVocabulary.Default);

    /// <param name="text">The document text.</param>
    /// <param name="sentence">The sentence's span in it.</param>
    /// <param name="words">The sentence's lower-cased words if the claims stage kept them, else null (they are read here).</param>
    /// <param name="mentions">The mentions inside the sentence.</param>
    /// <param name="claims">The claims whose evidence lies in the sentence.</param>
    /// <param name="published">The publication date, if known.</param>
    public SentenceCues Read(string text, TextSpan sentence, IReadOnlyList<string>? words, Mentions mentions, ReadOnlySpan<Claim> claims, DateOnly? published)
    {
        words ??= WordPool.Lower(text, Tokenizer.Tokenize(text, sentence));
        string? type = null;
        var isAttack = false;

        // The longest trigger at each word, left to right, as PhraseSet.FindAll finds them, without its iterator. The
        // words are read from a span: nearly every word is only looked at, and through the list's interface each look
        // was a dispatched call (the extractor's words are a segment of its buffer, boxed).
        var triggers = vocabulary.Triggers;
        var span = Span(words);
        for (var i = 0; i < span.Length;)
        {
            // No trigger starts with an empty word, and the shape filter needs a character to read.
            var word = span[i];
            if (word.Length == 0 || _triggerStarts?.MayContain(word) == false || !triggers.TryMatch(words, i, out var length, out var found))
            {
                i++;
                continue;
            }

            if (found is not null)
            {
                isAttack = true;
                type = MoreSpecific(type, found);
            }

            i += length;
        }

        // Most sentences carry no claim, and most claims no participant: they share one empty set (only claims add
        // to these) until a participant is added.
        var attackers = NoIds;
        var targets = NoIds;
        var actors = NoIds;
        DateInterval? date = null;
        var onlyStances = claims.Length > 0;
        for (var c = 0; c < claims.Length; c++)
        {
            var claim = claims[c];
            onlyStances &= claim.Value is StanceValue;
            switch (claim.Value)
            {
                case WeaponCountValue weapon:
                    isAttack = true;
                    type = MoreSpecific(type, vocabulary.WeaponTypes.GetValueOrDefault(weapon.Weapon, vocabulary.Generic));
                    break;
                case EventDateValue eventDate:
                    date ??= eventDate.Date;
                    break;
                case AttributionValue attribution:
                    Add(ref attackers, attribution.Attacker.CountryId ?? attribution.Attacker.Id);
                    if (attribution.Target is { } target)
                    {
                        Add(ref targets, target.CountryId ?? target.Id);
                    }

                    break;
                case StanceValue stance:
                    Add(ref actors, stance.Actor.CountryId ?? stance.Actor.Id);
                    break;
            }
        }

        if (date is null && isAttack)
        {
            date = FirstBackgroundDate(mentions.Dates, published);
        }

        var background = date is { } known && EventCompatibility.IsBackground(known, published);

        // Statements are made in capitals and ministries ("summoned the envoy in New Delhi"): a sentence that only
        // carries stances says where someone spoke, not where the attack happened.
        var place = onlyStances ? null : BestPlace(mentions.Locations);

        // Most sentences name nothing of an event: they share the empty value's empty sets.
        return type is null && !isAttack && place is null && date is null && ReferenceEquals(attackers, NoIds) && ReferenceEquals(targets, NoIds) && ReferenceEquals(actors, NoIds)
            ? SentenceCues.None
            : new SentenceCues(type, isAttack, place, date, background, attackers, targets, actors);
    }

    private static ReadOnlySpan<string> Span(IReadOnlyList<string> words) => words switch
    {
        ArraySegment<string> segment => segment.AsSpan(),
        string[] array => array,
        _ => words.ToArray(),
    };

    private static void Add(ref HashSet<string> ids, string id)
    {
        if (ReferenceEquals(ids, NoIds))
        {
            ids = new HashSet<string>(StringComparer.Ordinal);
        }

        ids.Add(id);
    }

    /// <summary>The first date mentioned that lies clearly before the publication window, if any.</summary>
    private static DateInterval? FirstBackgroundDate(IReadOnlyList<DateMention> dates, DateOnly? published)
    {
        // Index loops here and below: a list read through its interface would box an enumerator per sentence.
        for (var i = 0; i < dates.Count; i++)
        {
            var mention = dates[i];
            if (mention.Value is { } value && EventCompatibility.IsBackground(value, published))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>
    /// The first place finer than a country, else the first country. Of nested mentions ("Odesa" inside
    /// "Odesa Airport") the town is preferred: outlets name the same strike by its town or by a site in it.
    /// </summary>
    private static Location? BestPlace(IReadOnlyList<LocationMention> locations)
    {
        LocationMention? best = null;
        for (var i = 0; i < locations.Count; i++)
        {
            var mention = locations[i];
            if (mention.Location.Kind == LocationKind.Country)
            {
                continue;
            }

            if (best is null)
            {
                best = mention;
            }
            else if (mention.Span.Overlaps(best.Span) && Rank(mention.Location) < Rank(best.Location))
            {
                best = mention;
            }
        }

        return (best ?? (locations.Count > 0 ? locations[0] : null))?.Location;
    }

    private static int Rank(Location place) => place.Kind switch
    {
        LocationKind.City or LocationKind.Village => 0,
        LocationKind.Facility => 1,
        _ => 2,
    };

    private string? MoreSpecific(string? current, string found) =>
        vocabulary.IsSpecific(current) ? current : found;
}
