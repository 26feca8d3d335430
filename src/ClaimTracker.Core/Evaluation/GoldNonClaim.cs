using ClaimTracker.Claims;
using ClaimTracker.Documents;

namespace ClaimTracker.Evaluation;

/// <summary>A span that looks like a claim of <see cref="Kind"/> but is not one.</summary>
internal sealed record GoldNonClaim(string DocumentId, string Quote, TextSpan Span, ClaimKind? Kind, string Note);
