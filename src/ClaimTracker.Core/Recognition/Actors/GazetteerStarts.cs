using ClaimTracker.Recognition.Locations;

namespace ClaimTracker.Recognition.Actors;

/// <summary>The first step of one word into each of a gazetteer's tries; null where no phrase starts with it.</summary>
/// <param name="Gazetteer">The gazetteer the steps belong to.</param>
/// <param name="Phrase">Into the names, bodies, titles and places.</param>
/// <param name="PatternAfter">Into the heads that follow a place name ("airport").</param>
/// <param name="PatternBefore">Into the prefixes that precede a place name ("the village of").</param>
internal sealed record GazetteerStarts(
    Gazetteer Gazetteer,
    PhraseIndex<Lexeme>.Node? Phrase,
    PhraseIndex<LocationKind>.Node? PatternAfter,
    PhraseIndex<LocationKind>.Node? PatternBefore);
