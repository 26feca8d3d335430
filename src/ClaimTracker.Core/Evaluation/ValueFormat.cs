using System.Globalization;
using ClaimTracker.Claims;

namespace ClaimTracker.Evaluation;

/// <summary>Short readable forms of counts and predicted claim values for reports.</summary>
internal static class ValueFormat
{
    /// <summary>"4", "3–7 (approx.)", "2+" for an open-ended count.</summary>
    public static string Count(decimal min, decimal? max, bool exact)
    {
        var text = max is null ? Number(min) + "+" : max == min ? Number(min) : $"{Number(min)}–{Number(max.Value)}";
        return exact || max is null ? text : text + " (approx.)";
    }

    public static string Of(ClaimValue value) => value switch
    {
        WeaponCountValue w => $"{w.Weapon} {Lower(w.Phase.ToString())} {Count(w.Count.Min, w.Count.Max, w.Count.IsExact)}",
        CasualtyValue c => $"{Lower(c.Type.ToString())} {Count(c.Count.Min, c.Count.Max, c.Count.IsExact)}",
        EventDateValue d => d.Date.ToString(),
        AttributionValue a => a.Attacker.CountryId ?? a.Attacker.Id,
        StanceValue s => $"{s.Actor.CountryId ?? s.Actor.Id} {Lower(s.Stance.ToString())}",
        QuantityValue q => $"{q.Measure} {Count(q.Count.Min, q.Count.Max, q.Count.IsExact)}",
        _ => value.ToString() ?? string.Empty,
    };

    public static string Of(GoldClaim claim) => claim.Kind switch
    {
        ClaimKind.WeaponCount => $"{claim.Weapon} {Lower(claim.Phase?.ToString() ?? "?")} {claim.ValueText}",
        ClaimKind.Casualties => $"{Lower(claim.Casualty?.ToString() ?? "?")} {claim.ValueText}",
        ClaimKind.Quantity => $"{claim.Subject} {claim.ValueText}",
        _ => claim.ValueText,
    };

    public static string Lower(string name) => name.Length == 0 ? name : string.Concat(name[..1].ToLowerInvariant(), name.AsSpan(1));

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
