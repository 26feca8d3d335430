using System.Numerics;

namespace ClaimTracker.Scoring.Compiled;

/// <summary>
/// The n-grams a loaded model knows, read from the slot names of its feature vector ("Char.t|h|e", "Word.the|cat"),
/// with the slot each one fills. Char slots come first, then word slots, as ML.NET concatenates them. '|' joins the
/// parts of a name and may be part of a token too: a word name that can be read more than one way ("a||b": "a" and
/// "|b", "a|" and "b", or the token "a||b") is read as ML.NET was seen to fill it (<see cref="Ambiguous"/>), and
/// text that holds an n-gram whose name stays unresolved is declined.
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

    // Names (word part, '|' between words) of the word slots whose n-gram is not known: only text with '|' can spell them.
    private readonly HashSet<string> _unresolved;

    // A pair's key is its two words' slots side by side, each in this many bits.
    private readonly int _pairSlotBits;

    private NgramVocabulary(int charSlots, int slots, Dictionary<ulong, int> trigrams, Dictionary<string, int> words, HashSet<string> unresolved)
    {
        _unresolved = unresolved;
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
    /// Whether ML.NET names <paramref name="c"/> by itself in slot names: control characters, surrogates and a few
    /// others get descriptive names. Text with any other character is left to ML.NET.
    /// </summary>
    public static bool IsPlain(char c) => c >= ' ' && c is not (>= '\u007f' and <= '\u009f') && !char.IsSurrogate(c) && c is not ('\u2028' or '\u2029' or '\uffff');

    /// <summary>
    /// The word slots whose name only ML.NET can settle, each with the n-grams its name could be read as (a token
    /// alone, or two words with a space between): the names with more than one reading that are not a plain pair
    /// "a|b", and the plain pairs that are also a token of another name's readings (which a probe would hold).
    /// </summary>
    public static IReadOnlyList<(int Slot, string[] Readings)> Ambiguous(IReadOnlyList<string> names)
    {
        var ambiguous = new List<(int Slot, string[] Readings)>();
        var tokens = new HashSet<string>(StringComparer.Ordinal);
        var pairs = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var slot = 0; slot < names.Count; slot++)
        {
            if (!names[slot].StartsWith(WordPrefix, StringComparison.Ordinal))
            {
                continue;
            }

            var name = names[slot][WordPrefix.Length..];
            if (IsPlainPair(name))
            {
                pairs.TryAdd(name, slot);
            }
            else if (ReadingsOf(name) is { Length: > 1 } readings)
            {
                ambiguous.Add((slot, readings));
                tokens.UnionWith(readings.SelectMany(reading => reading.Split(' ')).Where(token => token.Contains('|', StringComparison.Ordinal)));
            }
        }

        foreach (var token in tokens)
        {
            if (pairs.TryGetValue(token, out var slot))
            {
                ambiguous.Add((slot, ReadingsOf(token)));
            }
        }

        return ambiguous;
    }

    /// <summary>
    /// The vocabulary, or null when the names are not char trigrams and word 1-2-grams in that order. A word slot in
    /// <paramref name="readings"/> is read as given there (null: unresolved); any other name with more than one
    /// reading but a plain pair's stays unresolved.
    /// </summary>
    public static NgramVocabulary? FromSlotNames(IReadOnlyList<string> names, IReadOnlyDictionary<int, string?>? readings = null)
    {
        // Two slots of one name could not be told apart by reading or by probing ML.NET: such a model is not compiled.
        if (names.Distinct(StringComparer.Ordinal).Count() != names.Count)
        {
            return null;
        }

        var charSlots = 0;
        while (charSlots < names.Count && names[charSlots].StartsWith(CharPrefix, StringComparison.Ordinal))
        {
            charSlots++;
        }

        var trigrams = new Dictionary<ulong, int>();
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        var unresolved = new HashSet<string>(StringComparer.Ordinal);

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
            else if (WordKeyOf(name[WordPrefix.Length..], readings?.ContainsKey(slot) == true, readings?.GetValueOrDefault(slot), unresolved) is { } word && !words.TryAdd(word, slot))
            {
                return null;
            }
        }

        // Each n-gram table packs a key beside its slot in 64 bits: a trigram's three characters, a pair's two slots.
        var slots = names.Count;
        return NgramKeyTable.Fits(NgramKeyTable.TrigramKeyBits, charSlots) && NgramKeyTable.Fits(2 * (BitOperations.Log2((uint)slots) + 1), slots)
            ? new NgramVocabulary(charSlots, slots, trigrams, words, unresolved)
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

    /// <summary>
    /// Whether <paramref name="text"/> (normalized, holding '|') has a token or pair of tokens whose name is that of
    /// a slot whose n-gram is not known: it might fill that slot.
    /// </summary>
    public bool SpellsUnresolved(ReadOnlySpan<char> text)
    {
        if (_unresolved.Count == 0)
        {
            return false;
        }

        var names = _unresolved.GetAlternateLookup<ReadOnlySpan<char>>();
        var previous = ReadOnlySpan<char>.Empty;
        foreach (var range in text.Split(' '))
        {
            var token = text[range];
            if (token.IsEmpty)
            {
                continue;
            }

            if (names.Contains(token) || (!previous.IsEmpty && names.Contains(string.Concat(previous, "|", token))))
            {
                return true;
            }

            previous = token;
        }

        return false;
    }

    /// <summary>
    /// Drops the n-gram that claimed <paramref name="slot"/>, whose name turned out to be a token with '|' in it,
    /// not two words: the name stays unresolved.
    /// </summary>
    public void Forget(int slot)
    {
        foreach (var (key, value) in _words)
        {
            if (value == slot)
            {
                _unresolved.Add(key.Replace(' ', '|'));
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

    /// <summary>
    /// The trigram named <paramref name="name"/>: three characters, each one character or a marker in angle brackets,
    /// with '|' between them. Read by position, since a character may be '|' itself ("a|||b" is a, |, b).
    /// </summary>
    private static ulong? TrigramOf(ReadOnlySpan<char> name)
    {
        Span<char> chars = stackalloc char[3];
        var at = 0;
        for (var count = 0; count < 3; count++)
        {
            if (count > 0)
            {
                if (at >= name.Length || name[at] != '|')
                {
                    return null;
                }

                at++;
            }

            var part = at + 3 <= name.Length && name.Slice(at, 3) is "<\u2420>" or "<\u2402>" or "<\u2403>" ? name.Slice(at, 3) : name.Slice(at, Math.Min(1, name.Length - at));
            if (CharOf(part, first: count == 0, last: count == 2) is not { } c)
            {
                return null;
            }

            chars[count] = c;
            at += part.Length;
        }

        return at == name.Length ? NgramKeyTable.TrigramKey(chars[0], chars[1], chars[2]) : null;
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

    /// <summary>
    /// The key of the word n-gram named <paramref name="name"/>: the <paramref name="reading"/> ML.NET was asked
    /// for (<paramref name="asked"/>), else its one reading, or a plain pair's two words; null when unknown (a name
    /// with more readings is then unresolved).
    /// </summary>
    private static string? WordKeyOf(string name, bool asked, string? reading, HashSet<string> unresolved)
    {
        if (name.Length == 0 || name.Contains(' ', StringComparison.Ordinal) || !AllPlain(name))
        {
            return null;
        }

        var key = asked ? reading : IsPlainPair(name) ? name.Replace('|', ' ') : ReadingsOf(name) is [var only] ? only : null;
        if (key is null)
        {
            unresolved.Add(name);
        }

        return key;
    }

    /// <summary>A name with one '|' and a word on each side: read as the pair of those words unless ML.NET was seen to fill it otherwise.</summary>
    private static bool IsPlainPair(string name) =>
        name.IndexOf('|', StringComparison.Ordinal) is var bar and > 0 && bar < name.Length - 1 && name.IndexOf('|', bar + 1) < 0;

    /// <summary>The n-grams a word name could be: the token itself, or two non-empty tokens split at one of its '|'.</summary>
    private static string[] ReadingsOf(string name)
    {
        var readings = new List<string>();
        for (var bar = name.IndexOf('|', StringComparison.Ordinal); bar >= 0; bar = name.IndexOf('|', bar + 1))
        {
            if (bar > 0 && bar < name.Length - 1)
            {
                readings.Add(string.Concat(name.AsSpan(0, bar), " ", name.AsSpan(bar + 1)));
            }
        }

        readings.Add(name);
        return [.. readings];
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
