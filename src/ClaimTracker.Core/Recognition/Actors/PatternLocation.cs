using ClaimTracker.Recognition.Locations;

namespace ClaimTracker.Recognition.Actors;

/// <summary>A place found by a location pattern ("X Airport", "the village of X"), over tokens [First, End).</summary>
internal sealed record PatternLocation(int First, int End, Location Location);
