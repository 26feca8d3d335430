using ClaimTracker.Storage;

namespace ClaimTracker.Api.Endpoints;

/// <summary>A stored document as the API shows it; the text only when one document is asked for.</summary>
internal sealed record DocumentView(
    string Id, string Source, Uri? Url, DateOnly? Published, string? Title, int Characters, DateTimeOffset StoredAt, int ClaimCount, string? Text)
{
    public static DocumentView From(StoredDocument stored, bool withText = false) => new(
        stored.Document.Id,
        stored.Document.Source,
        stored.Document.Url,
        stored.Document.Published,
        stored.Document.Title,
        stored.Document.Text.Length,
        stored.StoredAt,
        stored.ClaimCount,
        withText ? stored.Document.Text : null);
}
