namespace ClaimTracker.Conflicts;

/// <summary>
/// Every value reported for one contested quantity of one event, with the sources behind each, and the lowest (the
/// conservative figure conflict monitors use), highest and latest values.
/// </summary>
/// <param name="EventId">The event.</param>
/// <param name="About">The quantity ("drones launched", "people injured").</param>
/// <param name="Values">Each distinct value with its claims and sources, lowest first.</param>
/// <param name="Lowest">The lowest value.</param>
/// <param name="Highest">The highest value.</param>
/// <param name="Latest">The value of the most recently published claim, when publication dates are known.</param>
public sealed record QuantitySummary(
    string EventId,
    string About,
    IReadOnlyList<ReportedValue> Values,
    ReportedValue Lowest,
    ReportedValue Highest,
    ReportedValue? Latest);
