namespace ClaimTracker.Recognition.Actors;

/// <summary>What a <see cref="ScanWord"/> tells each of its tokens, kept in the token so the walks over every token
/// need not reach the word.</summary>
[Flags]
internal enum WordTokenFlags : byte
{
    /// <summary>None of the below.</summary>
    None = 0,

    /// <summary>"!", "?" or ".".</summary>
    MayEndSentence = 1,

    /// <summary>A word that begins a gazetteer phrase.</summary>
    MayStartPhrase = 2,

    /// <summary>A word that begins a place pattern, after or before a name.</summary>
    MayStartPattern = 4,

    /// <summary>A word whose first character is upper case.</summary>
    Capitalised = 8,
}
