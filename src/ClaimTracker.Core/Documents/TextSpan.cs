using Newtonsoft.Json;

namespace ClaimTracker.Documents;

/// <summary>
/// A half-open range <c>[Start, End)</c> of UTF-16 character offsets into a document's cleaned text.
/// Every sentence, token, mention and claim carries one, so any result can be shown with its exact quote.
/// </summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset one past the last character.</param>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Number of characters covered.</summary>
    [JsonIgnore]
    public int Length => End - Start;

    /// <summary>Whether <paramref name="other"/> lies entirely inside this span.</summary>
    /// <param name="other">The span to test.</param>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>Whether the two spans share at least one character.</summary>
    /// <param name="other">The span to test.</param>
    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    /// <summary>The covered characters of <paramref name="text"/>.</summary>
    /// <param name="text">The text the span indexes.</param>
    public string Slice(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Substring(Start, Length);
    }
}
