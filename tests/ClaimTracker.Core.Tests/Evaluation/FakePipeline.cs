using ClaimTracker.Claims;
using ClaimTracker.Conflicts;
using ClaimTracker.Documents;
using ClaimTracker.Recognition.Numbers;

namespace ClaimTracker.Tests.Evaluation;

/// <summary>
/// Stands in for the pipeline: for each document it returns the casualty claims listed for that document id,
/// and a conflict over the claims of one type whenever their figures differ within one call.
/// </summary>
internal sealed class FakePipeline(Dictionary<string, (CasualtyType Type, NumberValue Count, string EventId, Modality Modality)[]> claimsByDocument)
{
    public List<int> CallSizes { get; } = [];

    public Analysis Analyze(IReadOnlyList<Document> documents)
    {
        CallSizes.Add(documents.Count);
        var claims = documents
            .SelectMany(d => claimsByDocument.GetValueOrDefault(d.Id, []).Select((c, i) => ClaimOf(d.Id, i, c)))
            .ToList();
        var conflicts = claims
            .Where(c => c.IsFactual)
            .GroupBy(c => ((CasualtyValue)c.Value).Type)
            .Where(g => g.Select(c => ((CasualtyValue)c.Value).Count).Distinct().Count() > 1)
            .Select(g => new Conflict("k-" + g.Key, "e", ConflictKind.NumericMismatch, Severity.Hard, "people", "", [new ConflictSide("v", g.Select(c => c.Id).ToList(), [])]))
            .ToList();
        return new Analysis(documents, claims, [], conflicts, []);
    }

    public static (CasualtyType, NumberValue, string, Modality) Killed(decimal count, string eventId = "e", Modality modality = Modality.Asserted) =>
        (CasualtyType.Killed, NumberValue.Exactly(count), eventId, modality);

    public static (CasualtyType, NumberValue, string, Modality) Injured(NumberValue count, string eventId = "e") =>
        (CasualtyType.Injured, count, eventId, Modality.Asserted);

    private static Claim ClaimOf(string documentId, int index, (CasualtyType Type, NumberValue Count, string EventId, Modality Modality) spec)
    {
        var span = new TextSpan(index, index + 1);
        return new Claim($"{documentId}#{index}", ClaimKind.Casualties, documentId, "outlet", "people", new CasualtyValue(spec.Type, null, spec.Count),
            new Claimant("outlet", null, true), spec.Modality, new Evidence(span, "x", span, "x"), 1)
        {
            EventId = spec.EventId,
        };
    }
}
