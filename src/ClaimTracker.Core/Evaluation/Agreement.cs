namespace ClaimTracker.Evaluation;

/// <summary>How often a predicted attribute agrees with the gold on the claims where the gold states it.</summary>
/// <param name="Compared">Matched claims whose gold states the attribute.</param>
/// <param name="Agreeing">Of those, how many predictions agree.</param>
public sealed record Agreement(int Compared, int Agreeing)
{
    /// <summary>Agreeing / compared (1.0 when nothing was compared).</summary>
    public double Rate => Compared == 0 ? 1.0 : (double)Agreeing / Compared;
}
