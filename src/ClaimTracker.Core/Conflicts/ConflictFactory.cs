using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using ClaimTracker.Claims;

namespace ClaimTracker.Conflicts;

/// <summary>Builds conflicts with stable ids (a hash of their kind and sorted claim ids) and sides in a stable order.</summary>
internal static class ConflictFactory
{
    /// <summary>Above this many claims a side's distinct values are found with a set rather than by looking back.</summary>
    private const int MaxClaimsScanned = 16;

    public static Conflict Create(string eventId, ConflictKind kind, string about, IReadOnlyList<(string Value, IReadOnlyList<Claim> Claims)> sides, string explanation, Claim? latest = null)
    {
        var conflictSides = new ConflictSide[sides.Count];
        var ids = new List<string>();
        for (var i = 0; i < conflictSides.Length; i++)
        {
            var (value, claims) = sides[i];
            var claimIds = Distinct(claims, static c => c.Id);
            conflictSides[i] = new ConflictSide(value, claimIds, Distinct(claims, SourceLookup.Outlet));
            ids.AddRange(claimIds);
        }

        ids.Sort(StringComparer.Ordinal);
        return new Conflict(IdOf(kind, ids), eventId, kind, SeverityOf(kind), about, explanation, conflictSides) { LatestClaimId = latest?.Id };
    }

    public static Severity SeverityOf(ConflictKind kind) =>
        kind is ConflictKind.DivergentEstimates or ConflictKind.VagueMismatch ? Severity.Soft : Severity.Hard;

    /// <summary>"Baku per Outlet A, Outlet B": the distinct attributions of a side's claims.</summary>
    public static string Attributions(IReadOnlyList<Claim> claims) => string.Join(", ", Distinct(claims, SourceLookup.Attribution));

    /// <summary>
    /// The first 8 bytes, in hex, of the SHA-256 of "kind|id|id|...", over the distinct ids in ordinal order. The UTF-8
    /// bytes are written piece by piece into one rented buffer: a '|' stands between any two pieces, so the bytes are
    /// those of the joined string.
    /// </summary>
    private static string IdOf(ConflictKind kind, List<string> sortedIds)
    {
        var name = kind.ToString();
        var length = Encoding.UTF8.GetByteCount(name);
        for (var i = 0; i < sortedIds.Count; i++)
        {
            if (i == 0 || !string.Equals(sortedIds[i], sortedIds[i - 1], StringComparison.Ordinal))
            {
                length += 1 + Encoding.UTF8.GetByteCount(sortedIds[i]);
            }
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(1, length));
        try
        {
            var written = Encoding.UTF8.GetBytes(name, buffer);
            for (var i = 0; i < sortedIds.Count; i++)
            {
                if (i == 0 || !string.Equals(sortedIds[i], sortedIds[i - 1], StringComparison.Ordinal))
                {
                    buffer[written++] = (byte)'|';
                    written += Encoding.UTF8.GetBytes(sortedIds[i], buffer.AsSpan(written));
                }
            }

            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer.AsSpan(0, written), hash);
            return Convert.ToHexStringLower(hash[..8]);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The distinct <paramref name="part"/>s of the claims, in the order they first occur.</summary>
    public static string[] Distinct(IReadOnlyList<Claim> claims, Func<Claim, string> part)
    {
        if (claims.Count > MaxClaimsScanned)
        {
            return claims.Select(part).Distinct(StringComparer.Ordinal).ToArray();
        }

        var found = new string[claims.Count];
        var count = 0;
        for (var i = 0; i < claims.Count; i++)
        {
            var value = part(claims[i]);
            if (Array.IndexOf(found, value, 0, count) < 0)
            {
                found[count++] = value;
            }
        }

        return count == found.Length ? found : found[..count];
    }
}
