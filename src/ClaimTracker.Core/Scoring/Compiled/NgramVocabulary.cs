using System.Numerics;

namespace ClaimTracker.Scoring.Compiled;

/// <summary>
/// The n-grams a loaded model knows, read from the slot names of its feature vector ("Char.t|h|e", "Word.the|cat"),
/// with the slot each one fills. Char slots come first, then word slots, as ML.NET concatenates them.
/// </summary>
internal sealed class NgramVocabulary
{
    public const char TextStart = '\u0002';
    public const char TextEnd = '\u0003';
    private const string CharPrefix = "Char.";
    private const string WordPrefix = "Word.";

    private readonly Dictionary<ulong, int> _trigrams;
    private readonly NgramKeyTable _trigramTable;
    private readonly Dictionary<string, int> _words;
    private readonly WordSlotTable _wordTable;
    private readonly NgramKeyTable _pairTable;

    // A pair's key is its two words' slots side by side, each in this many bits.
    private readonly int _pairSlotBits;

    private NgramVocabulary(int charSlots, int slots, Dictionary<ulong, int> trigrams, Dictionary<string, int> words)
    {
        CharSlots = charSlots;
        Slots = slots;
        _trigrams = trigrams;
        _trigramTable = new NgramKeyTable(trigrams, charSlots);
        _words = words;
        _wordTable = new WordSlotTable(words);
        _pairSlotBits = BitOperations.Log2((uint)slots) + 1;

        var pairs = new Dictionary<ulong, int>();
        PairsByWordSlots = true;
        foreach (var (key, slot) in words)
        {
            if (key.IndexOf(' ', StringComparison.Ordinal) >= 0)
            {
                if (PairKeyOf(key) is { } pair)
                {
                    pairs[pair] = slot;
                }
                else
                {
                    PairsByWordSlots = false;
                }
            }
        }

        _pairTable = new NgramKeyTable(pairs, slots);
    }

    /// <summary>Char trigram slots, which come before the word slots.</summary>
    public int CharSlots { get; }

    public int Slots { get; }

    public int WordSlots => Slots - CharSlots;

    /// <summary>
    /// Whether both words of every word pair are words of the vocabulary themselves (as they are when the featurizer
    /// kept every n-gram it saw), so that a pair is found by its words' slots (<see cref="PairSlot"/>) and a pair with
    /// an unknown word need not be looked for at all.
    /// </summary>
    public bool PairsByWordSlots { get; private set; }

    /// <summary>
    /// Whether ML.NET names <paramref name="c"/> by itself in slot names and n-grams over it cannot be confused:
    /// '|' joins the parts of a name, and control characters, surrogates and a few others get descriptive names.
    /// Text with any other character is left to ML.NET.
    /// </summary>
    public static bool IsPlain(char c) => c >= ' ' && c != '|' && c is not (>= '\u007f' and <= '\u009f') && !char.IsSurrogate(c) && c is not ('\u2028' or '\u2029' or '\uffff');

    /// <summary>The vocabulary, or null when the names are not char trigrams and word 1-2-grams in that order.</summary>
    public static NgramVocabulary? FromSlotNames(IReadOnlyList<string> names)
    {
        var charSlots = 0;
        while (charSlots < names.Count && names[charSlots].StartsWith(CharPrefix, StringComparison.Ordinal))
        {
            charSlots++;
        }

        var trigrams = new Dictionary<ulong, int>();
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var slot = 0; slot < names.Count; slot++)
        {
            var name = names[slot];
            if (slot < charSlots)
            {
                if (TrigramOf(name.AsSpan(CharPrefix.Length)) is { } key && !trigrams.TryAdd(key, slot))
                {
                    return null;
                }
            }
            else if (!name.StartsWith(WordPrefix, StringComparison.Ordinal))
            {
                return null;
            }
            else if (WordKeyOf(name.AsSpan(WordPrefix.Length)) is { } word && !words.TryAdd(word, slot))
            {
                return null;
            }
        }

        // Each n-gram table packs a key beside its slot in 64 bits: a trigram's three characters, a pair's two slots.
        var slots = names.Count;
        return NgramKeyTable.Fits(NgramKeyTable.TrigramKeyBits, charSlots) && NgramKeyTable.Fits(2 * (BitOperations.Log2((uint)slots) + 1), slots)
            ? new NgramVocabulary(charSlots, slots, trigrams, words)
            : null;
    }

    /// <summary>The slot of the trigram of <paramref name="a"/>, <paramref name="b"/>, <paramref name="c"/>, or -1.</summary>
    public int TrigramSlot(char a, char b, char c) => _trigramTable.Find(NgramKeyTable.TrigramKey(a, b, c));

    /// <summary>The slot of a word, or -1.</summary>
    public int WordSlot(ReadOnlySpan<char> word) => _wordTable.Find(word);

    /// <summary>The slot of two words joined by one space, or -1.</summary>
    public int WordSlot(ReadOnlySpan<char> first, ReadOnlySpan<char> second) => _wordTable.Find(first, second);

    /// <summary>The slot of the pair of the words in slots <paramref name="first"/> and <paramref name="second"/>, or -1; only when <see cref="PairsByWordSlots"/>.</summary>
    public int PairSlot(int first, int second) => _pairTable.Find(PairKey(first, second));

    /// <summary>Drops the n-gram that claimed <paramref name="slot"/>: its name was a token with '|' in it, not two words.</summary>
    public void Forget(int slot)
    {
        foreach (var (key, value) in _words)
        {
            if (value == slot)
            {
                // A pair is dropped from the pair table while its words are still known; without a lone word, the
                // pairs with it could no longer be found by their words' slots.
                if (PairKeyOf(key) is { } pair)
                {
                    _pairTable.Remove(pair);
                }
                else if (key.IndexOf(' ', StringComparison.Ordinal) < 0)
                {
                    PairsByWordSlots = false;
                }

                _words.Remove(key);
                _wordTable.Remove(key);
                return;
            }
        }
    }

    /// <summary>Every n-gram's text and its slot, for probing: word n-grams with a space between words, trigrams as their three characters.</summary>
    public IEnumerable<(string Text, int Slot)> Ngrams() =>
        _trigrams.Select(t => (new string([(char)(t.Key >> 32), (char)(t.Key >> 16), (char)t.Key]), t.Value))
            .Concat(_words.Select(w => (w.Key, w.Value)));

    private static ulong? TrigramOf(ReadOnlySpan<char> name)
    {
        Span<char> chars = stackalloc char[3];
        var count = 0;
        foreach (var range in name.Split('|'))
        {
            if (count == 3 || CharOf(name[range], first: count == 0, last: count == 2) is not { } c)
            {
                return null;
            }

            chars[count++] = c;
        }

        return count == 3 ? NgramKeyTable.TrigramKey(chars[0], chars[1], chars[2]) : null;
    }

    /// <summary>The pair table's key of the word pair <paramref name="key"/> ("a b"), or null when it is no pair or one of its words is not a word of the vocabulary.</summary>
    private ulong? PairKeyOf(string key)
    {
        var space = key.IndexOf(' ', StringComparison.Ordinal);
        return space > 0
            && _words.GetAlternateLookup<ReadOnlySpan<char>>() is var words
            && words.TryGetValue(key.AsSpan(0, space), out var first)
            && words.TryGetValue(key.AsSpan(space + 1), out var second)
                ? PairKey(first, second)
                : null;
    }

    /// <summary>The pair table's key of the words in slots <paramref name="first"/> and <paramref name="second"/>.</summary>
    private ulong PairKey(int first, int second) => ((ulong)(uint)first << _pairSlotBits) | (uint)second;

    private static char? CharOf(ReadOnlySpan<char> part, bool first, bool last) => part switch
    {
        "<\u2420>" => ' ',
        "<\u2402>" when first => TextStart,
        "<\u2403>" when last => TextEnd,
        [var c] when c != ' ' && IsPlain(c) => c,
        _ => null,
    };

    private static string? WordKeyOf(ReadOnlySpan<char> name)
    {
        var parts = 0;
        foreach (var range in name.Split('|'))
        {
            var part = name[range];
            if (++parts > 2 || part.IsEmpty || part.Contains(' ') || !AllPlain(part))
            {
                return null;
            }
        }

        return name.ToString().Replace('|', ' ');
    }

    private static bool AllPlain(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!IsPlain(c))
            {
                return false;
            }
        }

        return true;
    }
}
