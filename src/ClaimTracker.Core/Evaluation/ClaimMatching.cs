using ClaimTracker.Claims;

namespace ClaimTracker.Evaluation;

/// <summary>A one-to-one pairing of gold claims with predicted claims.</summary>
internal sealed class ClaimMatching
{
    private readonly Dictionary<string, Claim> _byGold = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GoldClaim> _byPredicted = new(StringComparer.Ordinal);

    public int Count => _byGold.Count;

    public IEnumerable<(GoldClaim Gold, Claim Predicted)> Pairs => _byPredicted.Values.Select(g => (g, _byGold[g.Id]));

    public bool TryAdd(GoldClaim gold, Claim predicted)
    {
        if (_byGold.ContainsKey(gold.Id) || _byPredicted.ContainsKey(predicted.Id))
        {
            return false;
        }

        _byGold[gold.Id] = predicted;
        _byPredicted[predicted.Id] = gold;
        return true;
    }

    public Claim? PredictedFor(string goldId) => _byGold.GetValueOrDefault(goldId);

    public GoldClaim? GoldFor(string predictedId) => _byPredicted.GetValueOrDefault(predictedId);
}
