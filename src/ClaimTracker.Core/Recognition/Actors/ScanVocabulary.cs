using ClaimTracker.Recognition.Dates;
using ClaimTracker.Recognition.Numbers;
using ClaimTracker.Text;

namespace ClaimTracker.Recognition.Actors;

/// <summary>
/// The words one thread has met while scanning with one gazetteer, each made once with its strings, gazetteer
/// starts and, when asked for, its <see cref="WordFacts"/>. A thread keeps one vocabulary, for the gazetteer (and facts)
/// it used last, so nothing is locked or shared between threads and at most one gazetteer per thread is held. Bounded
/// like <see cref="WordPool"/>: past the bound, new or long words are made again at every token.
/// </summary>
internal sealed class ScanVocabulary
{
    private const int MaxWords = 1 << 16;
    private const int MaxLength = 40;
    private const int AsciiCount = 128;

    [ThreadStatic]
    private static ScanVocabulary? t_current;

    private readonly Gazetteer? gazetteer;
    private readonly WordFacts? facts;
    private readonly WordTable<ScanWord>? words;

    // Punctuation and other single ASCII characters are a large share of tokens: they skip the table.
    private readonly ScanWord?[]? asciiCharacters;

    private ScanVocabulary(Gazetteer? gazetteer, WordFacts? facts, bool keepsWords)
    {
        this.gazetteer = gazetteer;
        this.facts = facts;
        if (keepsWords)
        {
            words = new WordTable<ScanWord>(MaxWords);
            asciiCharacters = new ScanWord?[AsciiCount];
        }
    }

    /// <summary>Words with no gazetteer starts, made afresh each time: for tokenizing the gazetteer's own phrases.</summary>
    public static ScanVocabulary Unkept { get; } = new(null, null, keepsWords: false);

    /// <summary>The facts each word carries, or null when it carries none.</summary>
    public WordFacts? Facts => facts;

    /// <summary>
    /// The calling thread's vocabulary for <paramref name="gazetteer"/> whose words carry <paramref name="facts"/> (any
    /// facts when null); a new one when the thread last read with another gazetteer or without these facts.
    /// </summary>
    public static ScanVocabulary For(Gazetteer gazetteer, WordFacts? facts = null)
    {
        var current = t_current;
        if (current is null || !ReferenceEquals(current.gazetteer, gazetteer) || (facts is not null && !Equals(current.facts, facts)))
        {
            current = new ScanVocabulary(gazetteer, facts, keepsWords: true);
            t_current = current;
        }

        return current;
    }

    /// <summary>The word spelled <paramref name="chars"/>, whose <see cref="WordTable{T}.Hash"/> is <paramref name="hash"/>.</summary>
    public ScanWord WordOf(ReadOnlySpan<char> chars, int hash)
    {
        if (asciiCharacters is not null && chars.Length == 1 && char.IsAscii(chars[0]))
        {
            return asciiCharacters[chars[0]] ??= Make(chars);
        }

        var kept = words is not null && chars.Length <= MaxLength;
        if (kept && words!.Find(chars, hash) is { } known)
        {
            return known;
        }

        var word = Make(chars);
        if (kept)
        {
            words!.Add(word.Text, hash, word);
        }

        return word;
    }

    private ScanWord Make(ReadOnlySpan<char> chars)
    {
        var written = WordPool.Intern(chars);
        return new ScanWord(written.Text, written.Lower, gazetteer?.StartsOf(written.Lower) ?? GazetteerStarts.None,
            facts?.NumberRoles.Of(chars) ?? WordRole.None, facts?.DateWords.Find(chars) ?? VocabularyWord.Unknown);
    }
}
