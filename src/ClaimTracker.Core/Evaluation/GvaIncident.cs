using ClaimTracker.Documents;

namespace ClaimTracker.Evaluation;

/// <summary>One Gun Violence Archive incident: its final casualty figures and the articles about it.</summary>
/// <param name="Id">The incident id (its folder name).</param>
/// <param name="Killed">GVA's final count of people killed.</param>
/// <param name="Injured">GVA's final count of people injured.</param>
/// <param name="Documents">The articles, with ids prefixed by the incident id so that they stay unique in a mixed batch.</param>
internal sealed record GvaIncident(string Id, int Killed, int Injured, IReadOnlyList<Document> Documents);
