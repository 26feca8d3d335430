using ClaimTracker.Claims;
using ClaimTracker.Documents;
using ClaimTracker.Recognition;
using ClaimTracker.Recognition.Dates;
using ClaimTracker.Recognition.Locations;
using ClaimTracker.Text;

namespace ClaimTracker.Events;

/// <summary>Reads the event cues of one sentence: type, place, date and participants.</summary>
internal sealed class SentenceCueReader(EventVocabulary vocabulary)
{
    private static readonly HashSet<string> NoIds = new(StringComparer.Ordinal);

    public static SentenceCueReader Default { get; } = new(EventVocabulary.Default);

    /// <param name="text">The document text.</param>
    /// <param name="sentence">The sentence's span in it.</param>
    /// <param name="words">The sentence's lower-cased words if the claims stage kept them, else null (they are read here).</param>
    /// <param name="mentions">The mentions inside the sentence.</param>
    /// <param name="claims">The claims whose evidence lies in the sentence.</param>
    /// <param name="published">The publication date, if known.</param>
    public SentenceCues Read(string text, TextSpan sentence, IReadOnlyList<string>? words, Mentions mentions, IReadOnlyList<Claim> claims, DateOnly? published)
    {
        words ??= WordPool.Lower(text, Tokenizer.Tokenize(text, sentence));
        string? type = null;
        var isAttack = false;
        foreach (var (_, _, found) in vocabulary.Triggers.FindAll(words, 0, words.Count))
        {
            if (found is not null)
            {
                isAttack = true;
                type = MoreSpecific(type, found);
            }
        }

        // Most sentences carry no claim: they share one empty set (only claims add to these) instead of three new ones each.
        var attackers = claims.Count == 0 ? NoIds : new HashSet<string>(StringComparer.Ordinal);
        var targets = claims.Count == 0 ? NoIds : new HashSet<string>(StringComparer.Ordinal);
        var actors = claims.Count == 0 ? NoIds : new HashSet<string>(StringComparer.Ordinal);
        DateInterval? date = null;
        foreach (var claim in claims)
        {
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
                    attackers.Add(attribution.Attacker.CountryId ?? attribution.Attacker.Id);
                    if (attribution.Target is { } target)
                    {
                        targets.Add(target.CountryId ?? target.Id);
                    }

                    break;
                case StanceValue stance:
                    actors.Add(stance.Actor.CountryId ?? stance.Actor.Id);
                    break;
            }
        }

        if (date is null && isAttack)
        {
            date = mentions.Dates
                .Where(d => d.Value is { } value && EventCompatibility.IsBackground(value, published))
                .Select(d => d.Value)
                .FirstOrDefault();
        }

        var background = date is { } known && EventCompatibility.IsBackground(known, published);

        // Statements are made in capitals and ministries ("summoned the envoy in New Delhi"): a sentence that only
        // carries stances says where someone spoke, not where the attack happened.
        var onlyStances = claims.Count > 0 && claims.All(c => c.Value is StanceValue);
        var place = onlyStances ? null : BestPlace(mentions.Locations);
        return new SentenceCues(type, isAttack, place, date, background, attackers, targets, actors);
    }

    /// <summary>
    /// The first place finer than a country, else the first country. Of nested mentions ("Odesa" inside
    /// "Odesa Airport") the town is preferred: outlets name the same strike by its town or by a site in it.
    /// </summary>
    private static Location? BestPlace(IReadOnlyList<LocationMention> locations)
    {
        LocationMention? best = null;
        foreach (var mention in locations)
        {
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

        return (best ?? locations.FirstOrDefault())?.Location;
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
