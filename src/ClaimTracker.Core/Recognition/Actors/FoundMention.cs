namespace ClaimTracker.Recognition.Actors;

/// <summary>An actor mention over tokens [First, End) before it becomes a public <see cref="ActorMention"/>.</summary>
internal sealed record FoundMention(int First, int End, Actor Actor, ActorMentionForm Form);
