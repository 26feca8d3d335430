using System.Text;

namespace ClaimTracker.Scoring.Training;

/// <summary>
/// Assigns sentences to folds by a hash of their normalized text, so the split is the same on every machine and a
/// sentence that occurs twice never lands on both sides of a split.
/// </summary>
internal static class DataSplit
{
    public static int Bucket(string text, string salt, int buckets)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(salt + "|" + text.Trim().ToLowerInvariant()))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return (int)(hash % (ulong)buckets);
    }

    /// <summary>The seeded held-out fifth of ClaimBuster that the shipped model never trains on.</summary>
    public static bool IsHeldOut(LabelledSentence sentence) => Bucket(sentence.Text, "held-out", 5) == 0;
}
