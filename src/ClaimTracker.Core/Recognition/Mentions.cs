using ClaimTracker.Recognition.Actors;
using ClaimTracker.Recognition.Dates;
using ClaimTracker.Recognition.Locations;
using ClaimTracker.Recognition.Numbers;

namespace ClaimTracker.Recognition;

/// <summary>Everything the recognizers found in one text, each list in text order, overlaps resolved.</summary>
/// <param name="Numbers">Counts, percentages, money and ordinals that are not part of a date.</param>
/// <param name="Dates">Dates, resolved against the publication date where possible.</param>
/// <param name="Actors">Countries, state bodies, organisations and people.</param>
/// <param name="Locations">Countries used as places, regions, cities, villages and facilities.</param>
public sealed record Mentions(
    IReadOnlyList<NumberMention> Numbers,
    IReadOnlyList<DateMention> Dates,
    IReadOnlyList<ActorMention> Actors,
    IReadOnlyList<LocationMention> Locations);
