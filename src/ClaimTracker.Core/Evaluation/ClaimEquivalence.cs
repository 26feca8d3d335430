using ClaimTracker.Claims;
using ClaimTracker.Recognition.Actors;
using ClaimTracker.Recognition.Numbers;

namespace ClaimTracker.Evaluation;

/// <summary>
/// When a predicted claim says the same as a gold claim. The key says what is claimed (weapon and phase; casualty
/// type; an overlapping date; the attacker; the actor and its stance; an overlapping quantity); the value says
/// how many. Actors compare at country level (<c>CountryId ?? Id</c>) or by plain name.
/// </summary>
internal static class ClaimEquivalence
{
    public static bool KeyMatches(GoldClaim gold, Claim predicted) => (gold.Kind, predicted.Value) switch
    {
        (ClaimKind.WeaponCount, WeaponCountValue w) =>
            string.Equals(gold.Weapon, w.Weapon, StringComparison.OrdinalIgnoreCase) && gold.Phase == w.Phase,
        (ClaimKind.Casualties, CasualtyValue c) => gold.Casualty == c.Type,
        (ClaimKind.EventDate, EventDateValue d) => gold.Dates is { } dates && dates.Overlaps(d.Date),
        (ClaimKind.Attribution, AttributionValue a) => ActorMatches(gold.Attacker, a.Attacker),
        // The gold names the accused as an accusation's actor; the value keeps the accuser and the accused apart.
        (ClaimKind.Stance, StanceValue s) => ActorMatches(gold.Actor, s.Stance == StanceType.Accusation ? s.Against : s.Actor) && gold.Stance == s.Stance,
        (ClaimKind.Quantity, QuantityValue q) => CountsOverlap(gold, q.Count),
        _ => false,
    };

    /// <summary>
    /// Whether the values agree: counts have the same bounds (an open-ended gold needs an open-ended prediction),
    /// except that an approximation annotated as one figure ("about 15": min = max = 15, not exact) accepts any
    /// approximate prediction whose interval holds that figure. Dates, attackers and stances have no value beyond
    /// their key, except that an attribution's target, when both sides name one, must agree.
    /// </summary>
    public static bool ValueMatches(GoldClaim gold, Claim predicted) => predicted.Value switch
    {
        WeaponCountValue w => CountMatches(gold, w.Count),
        CasualtyValue c => CountMatches(gold, c.Count),
        QuantityValue q => CountMatches(gold, q.Count),
        AttributionValue a => gold.Target is null || a.Target is null || ActorMatches(gold.Target, a.Target),
        _ => true,
    };

    public static bool ModalityAgrees(GoldClaim gold, Claim predicted) => gold.Modality == predicted.Modality;

    public static bool ClaimantAgrees(GoldClaim gold, Claim predicted)
    {
        if (string.Equals(gold.Claimant, "source", StringComparison.OrdinalIgnoreCase))
        {
            return predicted.Claimant.IsSource;
        }

        return !predicted.Claimant.IsSource
            && (ActorMatches(gold.Claimant, predicted.Claimant.Actor)
                || string.Equals(WithoutArticle(gold.Claimant), WithoutArticle(predicted.Claimant.Name), StringComparison.OrdinalIgnoreCase));
    }

    public static bool ActorMatches(string? gold, Actor? actor)
    {
        if (gold is null || actor is null)
        {
            return false;
        }

        var name = WithoutArticle(gold);
        return string.Equals(name, actor.CountryId ?? actor.Id, StringComparison.OrdinalIgnoreCase)
            || string.Equals(name, actor.Id, StringComparison.OrdinalIgnoreCase)
            || string.Equals(name, WithoutArticle(actor.Name), StringComparison.OrdinalIgnoreCase);
    }

    public static NumberValue? CountOf(ClaimValue value) => value switch
    {
        WeaponCountValue w => w.Count,
        CasualtyValue c => c.Count,
        QuantityValue q => q.Count,
        _ => null,
    };

    private static bool CountMatches(GoldClaim gold, NumberValue predicted)
    {
        if (gold.Min is not { } min)
        {
            return false;
        }

        if (InclusiveMin(predicted) == min && predicted.Max == gold.Max)
        {
            return true;
        }

        return !gold.Exact && gold.Max == min && !predicted.IsExact && predicted.Min <= min && (predicted.Max is null || predicted.Max >= min);
    }

    /// <summary>The gold writes "more than 40" as at least 41; the recognizer keeps 40 with an exclusive qualifier.</summary>
    private static decimal InclusiveMin(NumberValue value) =>
        value.Qualifier == NumberQualifier.MoreThan && decimal.IsInteger(value.Min) ? value.Min + 1 : value.Min;

    private static bool CountsOverlap(GoldClaim gold, NumberValue predicted) =>
        gold.Min is { } min && (predicted.Max is null || predicted.Max >= min) && (gold.Max is null || predicted.Min <= gold.Max);

    private static string? WithoutArticle(string? name) =>
        name is not null && name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..].Trim() : name?.Trim();
}
