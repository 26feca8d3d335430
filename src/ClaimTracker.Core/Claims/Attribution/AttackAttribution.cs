using ClaimTracker.Documents;
using ClaimTracker.Recognition.Actors;

namespace ClaimTracker.Claims.Attribution;

/// <summary>One attack relation found in a sentence: who attacked and, when the text says, whom.</summary>
/// <param name="Attacker">The actor said to have attacked, as the text names it (a body or person keeps its identity).</param>
/// <param name="Target">The actor attacked, or the country of the place attacked; null when the text does not say.</param>
/// <param name="Quote">From the attacker (or the trigger) to the trigger or target.</param>
/// <param name="Confidence">How reliable the pattern that found it is.</param>
internal sealed record AttackAttribution(Actor Attacker, Actor? Target, TextSpan Quote, double Confidence);
