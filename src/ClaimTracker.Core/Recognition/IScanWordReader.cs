using ClaimTracker.Recognition.Actors;

namespace ClaimTracker.Recognition;

/// <summary>A tokenizer's left-to-right read, as <see cref="ScanWordWalk"/> drives it.</summary>
internal interface IScanWordReader
{
    /// <summary>The next character to read.</summary>
    int Position { get; }

    /// <summary>Reads one whitespace character or one token by the tokenizer's own rules.</summary>
    void Step();

    /// <summary>Passes the whitespace up to <paramref name="next"/>, which has a line break in it or not.</summary>
    void SkipSpace(int next, bool lineBreakBefore);

    /// <summary>Adds <paramref name="word"/> as one token when the tokenizer would read it so; false to read it by characters.</summary>
    bool TryTake(WordToken word);
}
