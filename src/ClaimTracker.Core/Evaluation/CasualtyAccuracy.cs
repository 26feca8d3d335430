using ClaimTracker.Claims;

namespace ClaimTracker.Evaluation;

/// <summary>
/// How the extracted figures of one casualty type compare with GVA's final counts, per incident. A claim's figure
/// is its lower bound; only factual claims (asserted, reported, negated) count. Rates are shares of the incidents
/// with a value. GVA counts are final, so a figure below gold may be a correct earlier count.
/// </summary>
/// <param name="Type">Killed or injured.</param>
/// <param name="Incidents">Incidents evaluated.</param>
/// <param name="WithValue">Incidents with at least one extracted figure.</param>
/// <param name="Exact">Incidents whose highest figure equals gold.</param>
/// <param name="IncludesGold">Incidents where some claim's interval holds the gold figure.</param>
/// <param name="AtMostGold">Incidents whose highest figure is at most gold (a plausible earlier count).</param>
/// <param name="NoValueGoldZero">Incidents without a figure whose gold is zero (silence is often right there).</param>
public sealed record CasualtyAccuracy(CasualtyType Type, int Incidents, int WithValue, int Exact, int IncludesGold, int AtMostGold, int NoValueGoldZero)
{
    /// <summary>Exact / with value.</summary>
    public double ExactRate => Share(Exact);

    /// <summary>Includes gold / with value.</summary>
    public double IncludesGoldRate => Share(IncludesGold);

    /// <summary>At most gold / with value.</summary>
    public double AtMostGoldRate => Share(AtMostGold);

    private double Share(int count) => WithValue == 0 ? 0 : (double)count / WithValue;
}
