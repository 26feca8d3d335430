namespace ClaimTracker.Recognition.Numbers;

/// <summary>What a phrase after a number does to it.</summary>
internal enum SuffixEffect
{
    /// <summary>"N or more": at least N.</summary>
    OrMore,

    /// <summary>"N or less": at most N.</summary>
    OrLess,

    /// <summary>"more than N or equal": makes a strict bound inclusive.</summary>
    OrEqual,

    /// <summary>"N or so", "N-odd": approximately N.</summary>
    Approximate,
}
