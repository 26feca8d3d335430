namespace ClaimTracker.Claims.Weapons;

/// <summary>A normalized weapon class and its plural, which names the claim subject ("drones launched").</summary>
/// <param name="Name">The class ("drone").</param>
/// <param name="Plural">Its plural ("drones").</param>
internal sealed record WeaponClass(string Name, string Plural);
