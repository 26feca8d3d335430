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

    /// <summary>Orders claims by publication (unknown last), then document and position; a stable sort.</summary>
    public Claim[] InPublicationOrder(IReadOnlyList<Claim> claims)
    {
        var keyed = new (DateOnly? Published, int Seen, Claim Claim)[claims.Count];
        for (var i = 0; i < keyed.Length; i++)
        {
            keyed[i] = (Published(claims[i]), i, claims[i]);
        }

        Array.Sort(keyed, static (a, b) =>
        {
            var order = ComparePublication(a.Claim, a.Published, b.Claim, b.Published);
            return order != 0 ? order : a.Seen.CompareTo(b.Seen);
        });
        var ordered = new Claim[keyed.Length];
        for (var i = 0; i < ordered.Length; i++)
        {
            ordered[i] = keyed[i].Claim;
        }

        return ordered;
    }

    /// <summary>Compares two claims in publication order (unknown dates last), then by document and position.</summary>
    public static int ComparePublication(Claim a, DateOnly? aPublished, Claim b, DateOnly? bPublished)
    {
        var byDate = (aPublished ?? DateOnly.MaxValue).CompareTo(bPublished ?? DateOnly.MaxValue);
        if (byDate != 0)
        {
            return byDate;
        }

        var byDocument = string.CompareOrdinal(a.DocumentId, b.DocumentId);
        return byDocument != 0 ? byDocument : a.Evidence.Span.Start.CompareTo(b.Evidence.Span.Start);
    }
}
