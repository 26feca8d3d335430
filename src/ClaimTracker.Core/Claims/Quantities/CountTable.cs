namespace ClaimTracker.Claims.Quantities;

/// <summary>
/// The counts of one sentence by the token they start at. Few tokens start a count, so the counts are kept in a list
/// and each token holds only its count's position in it (a nullable count per token is ten times the size).
/// </summary>
internal sealed class CountTable
{
    /// <summary>A table for a sentence without counts.</summary>
    public static CountTable Empty { get; } = new([], []);

    // Per token: 0 when no count starts there, else the count's position in counts plus one.
    private readonly int[] slots;
    private readonly List<CountPhrase> counts;

    private CountTable(int[] slots, List<CountPhrase> counts)
    {
        this.slots = slots;
        this.counts = counts;
    }

    /// <summary>The count starting at token <paramref name="index"/>, if any.</summary>
    public CountPhrase? At(int index) => slots.Length == 0 || slots[index] == 0 ? null : counts[slots[index] - 1];

    /// <summary>A table of <paramref name="tokens"/> tokens over <paramref name="counts"/> (kept, not copied), at most one count per token.</summary>
    public static CountTable Of(int tokens, List<CountPhrase> counts)
    {
        if (counts.Count == 0)
        {
            return Empty;
        }

        var slots = new int[tokens];
        for (var i = 0; i < counts.Count; i++)
        {
            slots[counts[i].First] = i + 1;
        }

        return new CountTable(slots, counts);
    }
}
