using ClaimTracker.Recognition.Actors;

namespace ClaimTracker;

/// <summary>
/// Options for <see cref="Tracker"/>. A tracker reads them once, in its constructor: changing them afterwards does not
/// change a tracker already made.
/// </summary>
public sealed record TrackerOptions
{
    /// <summary>The gazetteer for actors and places; null for <see cref="Gazetteer.Default"/>. Extend it with <see cref="Gazetteer.Load(string)"/>.</summary>
    public Gazetteer? Gazetteer { get; set; }

    /// <summary>
    /// Whether claims are scored by the sentence models (check-worthiness on every claim, opinions marked as such);
    /// true by default. False gives the rules alone, as the ablation in the README compares.
    /// </summary>
    public bool UseSentenceModels { get; set; } = true;
}
