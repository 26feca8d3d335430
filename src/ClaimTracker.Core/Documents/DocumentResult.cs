using System.Diagnostics.CodeAnalysis;

namespace ClaimTracker.Documents;

/// <summary>
/// The outcome of reading one input: either a <see cref="Document"/> or a <see cref="DocumentError"/>, never an
/// exception, so one bad file cannot sink a batch.
/// </summary>
public sealed class DocumentResult
{
    private DocumentResult(Document? document, DocumentError? error)
    {
        Document = document;
        Error = error;
    }

    /// <summary>The document, when reading succeeded.</summary>
    public Document? Document { get; }

    /// <summary>The reason for rejection, when reading failed.</summary>
    public DocumentError? Error { get; }

    /// <summary>Whether a document was read.</summary>
    [MemberNotNullWhen(true, nameof(Document))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Document is not null;

    /// <summary>A successful result.</summary>
    /// <param name="document">The document that was read.</param>
    internal static DocumentResult Ok(Document document) => new(document ?? throw new ArgumentNullException(nameof(document)), null);

    /// <summary>A failed result.</summary>
    /// <param name="origin">The file path or name of the input.</param>
    /// <param name="reason">Why it was rejected.</param>
    internal static DocumentResult Fail(string origin, string reason) => new(null, new DocumentError(origin, reason));
}
