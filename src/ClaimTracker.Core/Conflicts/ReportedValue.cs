namespace ClaimTracker.Conflicts;

/// <summary>One value of a quantity as reported by one or more sources.</summary>
/// <param name="Value">The value as shown to people ("4", "15–20 million", "several").</param>
/// <param name="Min">Lower bound.</param>
/// <param name="Max">Upper bound; null when open-ended.</param>
/// <param name="ClaimIds">The claims that report it.</param>
/// <param name="Sources">Their outlets.</param>
/// <param name="FirstPublished">The earliest publication date among them, when known.</param>
/// <param name="LastPublished">The latest publication date among them, when known.</param>
public sealed record ReportedValue(
    string Value,
    decimal Min,
    decimal? Max,
    IReadOnlyList<string> ClaimIds,
    IReadOnlyList<string> Sources,
    DateOnly? FirstPublished,
    DateOnly? LastPublished);
