using ClaimTracker.Claims;
using ClaimTracker.Documents;

namespace ClaimTracker.Evaluation;

/// <summary>
/// Evaluates the pipeline on gva-dev: each incident's articles are analyzed together to compare the casualty
/// figures with GVA's and to see whether differing figures come out as conflicts; then the articles of
/// <c>batchSize</c> incidents at a time are analyzed together, and B³ says whether each incident came out as its own
/// event (every casualty claim labelled by its article's incident).
/// </summary>
public static class GvaEvaluator
{
    /// <summary>The default number of incidents mixed in one grouping run.</summary>
    public const int DefaultBatchSize = 20;

    /// <summary>Runs the evaluation.</summary>
    /// <param name="corpus">The incidents.</param>
    /// <param name="analyze">The pipeline under test.</param>
    /// <param name="batchSize">Incidents per grouping run, at least 1.</param>
    public static GvaReport Evaluate(GvaCorpus corpus, Func<IReadOnlyList<Document>, Analysis> analyze, int batchSize = DefaultBatchSize)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(analyze);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var incidents = corpus.Incidents;
        var analyses = incidents.Select(i => (Incident: i, Analysis: analyze(i.Documents))).ToList();
        var types = Enum.GetValues<CasualtyType>();
        var accuracy = types.Select(t => Accuracy(t, analyses)).ToList();
        var disagreements = types.Select(t => Disagreement(t, analyses)).ToList();
        var batches = incidents.Chunk(batchSize).ToList();
        var grouping = B3Score.Combine(batches.Select(batch => Grouping(batch, analyze)));
        return new GvaReport(corpus.Folder, incidents.Count, incidents.Sum(i => i.Documents.Count), accuracy, disagreements, batchSize, batches.Count, grouping);
    }

    private static CasualtyAccuracy Accuracy(CasualtyType type, List<(GvaIncident Incident, Analysis Analysis)> analyses)
    {
        int withValue = 0, exact = 0, includes = 0, atMost = 0, silentZero = 0;
        foreach (var (incident, analysis) in analyses)
        {
            var gold = type == CasualtyType.Killed ? incident.Killed : incident.Injured;
            var counts = Figures(analysis, type).Select(c => ((CasualtyValue)c.Value).Count).ToList();
            if (counts.Count == 0)
            {
                silentZero += gold == 0 ? 1 : 0;
                continue;
            }

            withValue++;
            var highest = counts.Max(c => c.Min);
            exact += highest == gold ? 1 : 0;
            atMost += highest <= gold ? 1 : 0;
            includes += counts.Any(c => c.Min <= gold && (c.Max is null || c.Max >= gold)) ? 1 : 0;
        }

        return new CasualtyAccuracy(type, analyses.Count, withValue, exact, includes, atMost, silentZero);
    }

    private static CasualtyDisagreement Disagreement(CasualtyType type, List<(GvaIncident Incident, Analysis Analysis)> analyses)
    {
        int disputed = 0, flagged = 0, flaggedWithoutDispute = 0;
        foreach (var (_, analysis) in analyses)
        {
            var claims = Figures(analysis, type);
            var ids = claims.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
            var distinct = claims.Select(c => ((CasualtyValue)c.Value).Count).Select(n => (n.Min, n.Max)).Distinct().Count();
            var conflict = analysis.Conflicts.Any(c => c.ClaimIds.Any(ids.Contains));
            if (distinct >= 2)
            {
                disputed++;
                flagged += conflict ? 1 : 0;
            }
            else if (conflict)
            {
                flaggedWithoutDispute++;
            }
        }

        return new CasualtyDisagreement(type, disputed, flagged, flaggedWithoutDispute);
    }

    private static List<Claim> Figures(Analysis analysis, CasualtyType type) =>
        analysis.Claims.Where(c => c.IsFactual && c.Value is CasualtyValue v && v.Type == type).ToList();

    private static B3Score Grouping(GvaIncident[] batch, Func<IReadOnlyList<Document>, Analysis> analyze)
    {
        var incidentOf = batch.SelectMany(i => i.Documents.Select(d => (d.Id, i.Id))).ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);
        var analysis = analyze(batch.SelectMany(i => i.Documents).ToList());
        var items = analysis.Claims
            .Where(c => c.Kind == ClaimKind.Casualties && incidentOf.ContainsKey(c.DocumentId))
            .Select(c => (incidentOf[c.DocumentId], c.EventId))
            .ToList();
        return BCubed.Score(items);
    }
}
