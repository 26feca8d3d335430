using ClaimTracker.Documents;

namespace ClaimTracker.Recognition.Actors;

/// <summary>One place where the text refers to an actor.</summary>
/// <param name="Span">Absolute span of the mention in the recognized text.</param>
/// <param name="Text">The covered text.</param>
/// <param name="Actor">The canonical actor referred to.</param>
/// <param name="Form">How the actor is referred to.</param>
public sealed record ActorMention(TextSpan Span, string Text, Actor Actor, ActorMentionForm Form);
