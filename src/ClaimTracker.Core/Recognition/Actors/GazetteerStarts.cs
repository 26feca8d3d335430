using ClaimTracker.Recognition.Locations;

namespace ClaimTracker.Recognition.Actors;

/// <summary>The first step of one word into each of a gazetteer's tries; null where no phrase starts with it.</summary>
/// <param name="Phrase">Into the names, bodies, titles and places.</param>
/// <param name="PatternAfter">Into the heads that follow a place name ("airport").</param>
/// <param name="PatternBefore">Into the prefixes that precede a place name ("the village of").</param>
internal sealed record GazetteerStarts(
    PhraseIndex<Lexeme>.Node? Phrase,
    PhraseIndex<LocationKind>.Node? PatternAfter,
    PhraseIndex<LocationKind>.Node? PatternBefore)
{
    /// <summary>The starts of the many words that start nothing.</summary>
    public static GazetteerStarts None { get; } = new(null, null, null);
}
