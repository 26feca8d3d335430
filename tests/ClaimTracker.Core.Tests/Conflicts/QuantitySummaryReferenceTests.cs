using ClaimTracker.Claims;
using ClaimTracker.Conflicts;
using ClaimTracker.Documents;

namespace ClaimTracker.Tests.Conflicts;

/// <summary>
/// Quantity summaries are built with loops and a counting sort in place of grouping, ordering and Distinct. Over the
/// seed and gold articles, told as one story by several outlets on several days, they must equal what that LINQ
/// formulation gives for the same contested subjects: the same values in the same order, with the same lowest,
/// highest and latest, claims, sources and dates.
/// </summary>
public sealed class QuantitySummaryReferenceTests
{
    [Fact]
    public void Summaries_equal_those_of_grouping_and_ordering_the_numbers()
    {
        var documents = ArticleTexts.SeedsAndGoldArticles()
            .Select((text, i) => new Document("a" + i, "Outlet " + (i % 5), null, new DateOnly(2025, 6, 1).AddDays(i % 4), null, text))
            .ToArray();
        var analysis = Tracker.AnalyzeAll(documents);
        var sources = new SourceLookup(documents.ToDictionary(d => d.Id, StringComparer.Ordinal));

        var contested = analysis.Conflicts
            .Where(c => c.Kind is ConflictKind.NumericMismatch or ConflictKind.DivergentEstimates or ConflictKind.VagueMismatch)
            .Select(c => (c.EventId, c.About))
            .ToHashSet();
        var factual = analysis.Claims.Where(c => c.IsFactual && c.EventId is not null).ToArray();
        var expected = factual.Where(c => c.Value is not QuantityValue)
            .GroupBy(c => c.EventId!, StringComparer.Ordinal)
            .SelectMany(g => NumericSubjects.Default.Groups(g.Key, g.ToArray()))
            .Concat(NumericSubjects.Quantities(factual))
            .Where(g => contested.Contains((g.EventId, g.About)))
            .Select(g => Reference(g, sources))
            .ToArray();

        expected.Should().HaveCountGreaterThan(2, "the articles must contest some numbers");
        analysis.Summaries.Should().BeEquivalentTo(expected, o => o.WithStrictOrdering());
    }

    private static QuantitySummary Reference(NumericGroup group, SourceLookup sources)
    {
        var values = group.Numbers
            .GroupBy(n => (n.Value.Min, n.Value.Max, n.Value.Qualifier))
            .Select(g => Reported(g.ToArray(), sources))
            .OrderBy(v => v.Min)
            .ThenBy(v => v.Max ?? decimal.MaxValue)
            .ToArray();
        var highest = values.OrderByDescending(v => v.Max ?? decimal.MaxValue).ThenByDescending(v => v.Min).First();
        var latest = values.Where(v => v.LastPublished is not null).OrderByDescending(v => v.LastPublished).FirstOrDefault();
        return new QuantitySummary(group.EventId, group.About, values, values[0], highest, latest);
    }

    private static ReportedValue Reported(ReportedNumber[] numbers, SourceLookup sources)
    {
        var dates = numbers.Select(n => sources.Published(n.Claim)).OfType<DateOnly>().ToArray();
        return new ReportedValue(
            numbers[0].Label,
            numbers[0].Value.Min,
            numbers[0].Value.Max,
            numbers.Select(n => n.Claim.Id).Distinct(StringComparer.Ordinal).ToArray(),
            numbers.Select(n => n.Claim.Source).Distinct(StringComparer.Ordinal).ToArray(),
            dates.Length > 0 ? dates.Min() : null,
            dates.Length > 0 ? dates.Max() : null);
    }
}
