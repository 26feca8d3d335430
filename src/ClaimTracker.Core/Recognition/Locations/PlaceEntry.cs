namespace ClaimTracker.Recognition.Locations;

/// <summary>A user-supplied place for <c>Gazetteer.With(IEnumerable&lt;PlaceEntry&gt;)</c>.</summary>
/// <param name="Location">The canonical place.</param>
/// <param name="Names">Names and aliases that refer to it, written as in text.</param>
public sealed record PlaceEntry(Location Location, IReadOnlyList<string> Names);
