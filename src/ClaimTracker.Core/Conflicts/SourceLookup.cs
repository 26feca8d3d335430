using System.Globalization;
using ClaimTracker.Claims;
using ClaimTracker.Documents;

namespace ClaimTracker.Conflicts;

/// <summary>Where a claim was published and how to name its source in an explanation.</summary>
internal sealed class SourceLookup(IReadOnlyDictionary<string, Document> documents)
{
    public DateOnly? Published(Claim claim) => documents.TryGetValue(claim.DocumentId, out var document) ? document.Published : null;

    public static string Outlet(Claim claim) => claim.Source;

    /// <summary>"News.Az", or "Azerbaijan per News.Az" when the outlet reports someone else's statement.</summary>
    public static string Attribution(Claim claim) =>
        claim.Claimant.IsSource || string.IsNullOrWhiteSpace(claim.Claimant.Name) ? claim.Source : claim.Claimant.Name + " per " + claim.Source;

    public static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";

    /// <summary>Orders claims by publication (unknown last), then document and position.</summary>
    public IOrderedEnumerable<Claim> InPublicationOrder(IEnumerable<Claim> claims) =>
        claims.OrderBy(c => Published(c) ?? DateOnly.MaxValue)
            .ThenBy(c => c.DocumentId, StringComparer.Ordinal)
            .ThenBy(c => c.Evidence.Span.Start);
}
