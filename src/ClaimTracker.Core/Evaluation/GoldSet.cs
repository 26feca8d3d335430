using ClaimTracker.Documents;

namespace ClaimTracker.Evaluation;

/// <summary>
/// A gold standard read by <see cref="GoldSetReader"/>: the documents to analyze and, for the evaluator, the claims,
/// events, conflicts, agreeing pairs and look-alike spans annotated in them.
/// </summary>
public sealed class GoldSet
{
    internal GoldSet(
        string path,
        string? description,
        IReadOnlyList<Document> documents,
        IReadOnlyList<GoldClaim> claims,
        IReadOnlyList<GoldEvent> events,
        IReadOnlyList<GoldConflict> conflicts,
        IReadOnlyList<GoldNonConflict> nonConflicts,
        IReadOnlyList<GoldNonClaim> nonClaims)
    {
        Path = path;
        Description = description;
        Documents = documents;
        Claims = claims;
        Events = events;
        Conflicts = conflicts;
        NonConflicts = nonConflicts;
        NonClaims = nonClaims;
    }

    /// <summary>The gold file it was read from.</summary>
    public string Path { get; }

    /// <summary>What the set is, as its file says.</summary>
    public string? Description { get; }

    /// <summary>The annotated documents, with the ids, outlets and dates the gold gives them.</summary>
    public IReadOnlyList<Document> Documents { get; }

    internal IReadOnlyList<GoldClaim> Claims { get; }

    internal IReadOnlyList<GoldEvent> Events { get; }

    internal IReadOnlyList<GoldConflict> Conflicts { get; }

    internal IReadOnlyList<GoldNonConflict> NonConflicts { get; }

    internal IReadOnlyList<GoldNonClaim> NonClaims { get; }
}
