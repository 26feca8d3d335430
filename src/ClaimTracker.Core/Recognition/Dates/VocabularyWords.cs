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

    private readonly WordTable<VocabularyWord> _words;
    private readonly int _maxLength;
    private readonly WordShapeFilter _shapes;

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
        _shapes = new WordShapeFilter(distinct);
    }

    /// <summary>The vocabulary's word equal to <paramref name="word"/> lower-cased (invariant), or <see cref="VocabularyWord.Unknown"/>.</summary>
    public VocabularyWord Find(ReadOnlySpan<char> word)
    {
        if (word.Length > _maxLength)
        {
            return VocabularyWord.Unknown;
        }

        // A word whose ends are ASCII lower-cases them alone; a vocabulary word it equals has the same ends and length.
        if (char.IsAscii(word[0]) && char.IsAscii(word[^1]) && !_shapes.MayContain(word))
        {
            return VocabularyWord.Unknown;
        }

        Span<char> lower = word.Length <= MaxStackLength ? stackalloc char[word.Length] : new char[word.Length];
        var hash = WordPool.LowerAndHash(word, lower);
        return _words.Find(lower, hash) ?? VocabularyWord.Unknown;
    }
}
