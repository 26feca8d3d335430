using ClaimTracker.Documents;

namespace ClaimTracker.Text;

/// <summary>One token of a document; its text is <c>Span.Slice(document.Text)</c>.</summary>
/// <param name="Span">Where the token stands in the document text.</param>
/// <param name="Kind">What the token is made of.</param>
internal readonly record struct Token(TextSpan Span, TokenKind Kind);
