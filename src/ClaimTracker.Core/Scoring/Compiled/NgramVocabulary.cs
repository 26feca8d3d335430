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
    private readonly TrigramTable _trigramTable;
    private readonly Dictionary<string, int> _words;
    private readonly WordSlotTable _wordTable;

    private NgramVocabulary(int charSlots, int slots, Dictionary<ulong, int> trigrams, Dictionary<string, int> words)
    {
        CharSlots = charSlots;
        Slots = slots;
        _trigrams = trigrams;
        _trigramTable = new TrigramTable(trigrams);
        _words = words;
        _wordTable = new WordSlotTable(words);
    }

    /// <summary>Char trigram slots, which come before the word slots.</summary>
    public int CharSlots { get; }

    public int Slots { get; }

    public int WordSlots => Slots - CharSlots;

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

        return new NgramVocabulary(charSlots, names.Count, trigrams, words);
    }

    /// <summary>The slot of the trigram of <paramref name="a"/>, <paramref name="b"/>, <paramref name="c"/>, or -1.</summary>
    public int TrigramSlot(char a, char b, char c) => _trigramTable.Find(TrigramTable.Key(a, b, c));

    /// <summary>The slot of a word, or -1.</summary>
    public int WordSlot(ReadOnlySpan<char> word) => _wordTable.Find(word);

    /// <summary>The slot of two words joined by one space, or -1.</summary>
    public int WordSlot(ReadOnlySpan<char> first, ReadOnlySpan<char> second) => _wordTable.Find(first, second);

    /// <summary>Drops the n-gram that claimed <paramref name="slot"/>: its name was a token with '|' in it, not two words.</summary>
    public void Forget(int slot)
    {
        foreach (var (key, value) in _words)
        {
            if (value == slot)
            {
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

        return count == 3 ? TrigramTable.Key(chars[0], chars[1], chars[2]) : null;
    }

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
