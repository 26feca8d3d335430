namespace ClaimTracker.Evaluation;

/// <summary>How an analysis of a gold set's documents compares with the gold.</summary>
/// <param name="GoldFile">The gold file.</param>
/// <param name="Documents">How many documents were analyzed.</param>
/// <param name="Claims">Claim extraction scores.</param>
/// <param name="Conflicts">Conflict detection scores.</param>
/// <param name="Events">B³ of the predicted events against the gold events, over the claims matched value-agnostically.</param>
public sealed record GoldReport(string GoldFile, int Documents, ClaimReport Claims, ConflictReport Conflicts, B3Score Events);
