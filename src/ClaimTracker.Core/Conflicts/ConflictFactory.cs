using System.Security.Cryptography;
using System.Text;
using ClaimTracker.Claims;

namespace ClaimTracker.Conflicts;

/// <summary>Builds conflicts with stable ids (a hash of their kind and sorted claim ids) and sides in a stable order.</summary>
internal static class ConflictFactory
{
    public static Conflict Create(string eventId, ConflictKind kind, string about, IReadOnlyList<(string Value, IReadOnlyList<Claim> Claims)> sides, string explanation, Claim? latest = null)
    {
        var conflictSides = sides
            .Select(s => new ConflictSide(
                s.Value,
                s.Claims.Select(c => c.Id).Distinct(StringComparer.Ordinal).ToArray(),
                s.Claims.Select(SourceLookup.Outlet).Distinct(StringComparer.Ordinal).ToArray()))
            .ToArray();
        var ids = conflictSides.SelectMany(s => s.ClaimIds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var key = kind + "|" + string.Join('|', ids);
        var id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 8));
        return new Conflict(id, eventId, kind, SeverityOf(kind), about, explanation, conflictSides) { LatestClaimId = latest?.Id };
    }

    public static Severity SeverityOf(ConflictKind kind) =>
        kind is ConflictKind.DivergentEstimates or ConflictKind.VagueMismatch ? Severity.Soft : Severity.Hard;

    /// <summary>"Baku per Outlet A, Outlet B": the distinct attributions of a side's claims.</summary>
    public static string Attributions(IEnumerable<Claim> claims) =>
        string.Join(", ", claims.Select(SourceLookup.Attribution).Distinct(StringComparer.Ordinal));
}
