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

    /// <summary>
    /// Whether the tracker keeps each document's text after extracting its claims; true by default. False bounds the
    /// memory of a large corpus by what the analysis needs (claims with their quotes, event frames and each document's
    /// id, source, url, date and title): claims, events, conflicts and summaries are the same, but the documents that
    /// <see cref="Tracker.Documents"/> and <see cref="Analysis.Documents"/> return have empty text. Add a large corpus
    /// as a lazy sequence: <see cref="Tracker.Add(IEnumerable{Documents.Document})"/> reads it in slices.
    /// </summary>
    public bool KeepText { get; set; } = true;
}
