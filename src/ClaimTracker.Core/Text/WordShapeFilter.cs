namespace ClaimTracker.Text;

/// <summary>
/// Tells most words of a text apart from every word of a small vocabulary by their first character, last character
/// and length alone, before anything is lower-cased or hashed: asked at every token, it passes nearly all of them.
/// Letters are compared ignoring ASCII case.
/// </summary>
internal sealed class WordShapeFilter
{
    // Letters a-z, then one bucket for every other character.
    private const int Buckets = 27;
    private const int MaxFilteredLength = 63;

    /// <summary>For each first and last character bucket, a bit per length that some vocabulary word has.</summary>
    private readonly ulong[] _lengthsByEnds = new ulong[Buckets * Buckets];

    /// <param name="words">The vocabulary; empty words are left out, since no token is empty.</param>
    public WordShapeFilter(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            if (word.Length > 0)
            {
                _lengthsByEnds[Ends(word)] |= LengthBit(word);
            }
        }
    }

    /// <summary>Whether some vocabulary word has the first and last character and the length of <paramref name="word"/>, which must not be empty.</summary>
    public bool MayContain(ReadOnlySpan<char> word) => (_lengthsByEnds[Ends(word)] & LengthBit(word)) != 0;

    private static ulong LengthBit(ReadOnlySpan<char> word) => 1UL << Math.Min(word.Length, MaxFilteredLength);

    private static int Ends(ReadOnlySpan<char> word) => (Bucket(word[0]) * Buckets) + Bucket(word[^1]);

    private static int Bucket(char c) => char.IsAsciiLetter(c) ? (c | 0x20) - 'a' : Buckets - 1;
}
