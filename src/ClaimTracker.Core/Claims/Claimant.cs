using ClaimTracker.Recognition.Actors;

namespace ClaimTracker.Claims;

/// <summary>Who asserts a claim: the speaker of a reporting verb when the sentence names one, otherwise the outlet.</summary>
/// <param name="Name">How to show the claimant ("Azerbaijan", "police", "News.Az").</param>
/// <param name="Actor">The recognized actor, when the claimant is one.</param>
/// <param name="IsSource">True when the claim is the outlet's own statement.</param>
public sealed record Claimant(string Name, Actor? Actor, bool IsSource);
