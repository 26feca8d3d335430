using ClaimTracker.Text;

namespace ClaimTracker.Recognition.Dates;

/// <summary>
/// Every word the date vocabulary and the scanner's rules compare tokens with, found from a token's letters. The scanner
/// only ever asks whether a token's lower-cased text equals one of these, so a word outside them needs no lower-cased
/// string at all: the tokenizer gives it an empty one instead of pooling a string for every word of the text. Most words
/// of a text are told apart from every vocabulary word by their first letter, last letter and length alone. A found word
/// also says whether an expression may start at it.
/// </summary>
internal sealed class VocabularyWords
{
    private const int MaxStackLength = 128;

    // Letters a-z, then one bucket for every other character.
    private const int Buckets = 27;
    private const int MaxFilteredLength = 63;

    private readonly WordTable<VocabularyWord> _words;
    private readonly int _maxLength;

    /// <summary>For each first and last character bucket, a bit per length that some vocabulary word has.</summary>
    private readonly ulong[] _lengthsByEnds = new ulong[Buckets * Buckets];

    /// <param name="words">The lower-cased words; empty ones are left out, since every word token has letters.</param>
    /// <param name="starts">The lower-cased words an expression may start at; they are words of the table too.</param>
    /// <param name="units">The lower-cased unit names; they are words of the table too.</param>
    public VocabularyWords(IEnumerable<string> words, IReadOnlySet<string> starts, IReadOnlySet<string> units)
    {
        var distinct = words.Concat(starts).Concat(units).Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        _words = new WordTable<VocabularyWord>(distinct.Length);
        foreach (var word in distinct)
        {
            _words.Add(word, WordTable<VocabularyWord>.Hash(word), new VocabularyWord(word, starts.Contains(word), units.Contains(word)));
        }

        _maxLength = distinct.Length == 0 ? 0 : distinct.Max(w => w.Length);
        foreach (var word in distinct)
            _lengthsByEnds[Ends(word)] |= 1UL << Math.Min(word.Length, MaxFilteredLength);
    }

    /// <summary>The vocabulary's word equal to <paramref name="word"/> lower-cased (invariant), or <see cref="VocabularyWord.Unknown"/>.</summary>
    public VocabularyWord Find(ReadOnlySpan<char> word)
    {
        if (word.Length > _maxLength)
            return VocabularyWord.Unknown;

        // A word whose ends are ASCII lower-cases them alone; a vocabulary word it equals has the same ends and length.
        if (char.IsAscii(word[0]) && char.IsAscii(word[^1])
            && (_lengthsByEnds[Ends(word)] & (1UL << Math.Min(word.Length, MaxFilteredLength))) == 0)
            return VocabularyWord.Unknown;

        Span<char> lower = word.Length <= MaxStackLength ? stackalloc char[word.Length] : new char[word.Length];
        // ASCII is lower-cased and hashed in one pass; anything else goes through the invariant culture's case map.
        var hash = WordTable<VocabularyWord>.OffsetBasis;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (!char.IsAscii(c))
            {
                word.ToLowerInvariant(lower);
                hash = WordTable<VocabularyWord>.Hash(lower);
                break;
            }

            c = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
            lower[i] = c;
            hash = WordTable<VocabularyWord>.Step(hash, c);
        }

        return _words.Find(lower, hash) ?? VocabularyWord.Unknown;
    }

    private static int Ends(ReadOnlySpan<char> word) => (Bucket(word[0]) * Buckets) + Bucket(word[^1]);

    private static int Bucket(char c) => char.IsAsciiLetter(c) ? (c | 0x20) - 'a' : Buckets - 1;
}
