using ClaimTracker.Documents;

namespace ClaimTracker.Recognition.Locations;

/// <summary>One place where the text names a location.</summary>
/// <param name="Span">Absolute span of the mention in the recognized text.</param>
/// <param name="Text">The covered text.</param>
/// <param name="Location">The canonical place referred to.</param>
public sealed record LocationMention(TextSpan Span, string Text, Location Location);
