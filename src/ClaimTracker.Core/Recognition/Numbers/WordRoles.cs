using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using ClaimTracker.Recognition.Actors;
using ClaimTracker.Text;

namespace ClaimTracker.Recognition.Numbers;

/// <summary>
/// The <see cref="WordRole"/>s of every word in the vocabulary, compared as the tables compare (ignoring case). Asked
/// once per token of every text, so an ASCII token, nearly every one, is first checked against the first letter, last
/// letter and length of the vocabulary's words (which passes most words of a text at once), then lower-cased and hashed
/// in one pass and found in a small flat table; only other tokens go through the case-insensitive dictionary.
/// </summary>
internal sealed class WordRoles
{
    private const int AsciiCount = 128;

    private readonly FrozenDictionary<string, WordRole> byWord;
    private readonly WordTable<StrongBox<WordRole>> byAsciiWord;
    private readonly int maxAsciiLength;
    private readonly WordShapeFilter asciiShapes;

    public WordRoles(IEnumerable<(IEnumerable<string> Words, WordRole Role)> tables)
    {
        var roles = new Dictionary<string, WordRole>(StringComparer.OrdinalIgnoreCase);
        foreach (var (words, role) in tables)
        {
            foreach (var word in words)
            {
                roles[word] = roles.GetValueOrDefault(word) | role;
            }
        }

        byWord = roles.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

        // The ASCII text each word equals when case is ignored; a word with a character no ASCII one equals has none.
        var asciiWords = new Dictionary<string, WordRole>(StringComparer.Ordinal);
        foreach (var (word, role) in roles)
        {
            if (AsciiEquivalent(word) is { } ascii)
            {
                asciiWords[ascii] = asciiWords.GetValueOrDefault(ascii) | role;
            }
        }

        byAsciiWord = new WordTable<StrongBox<WordRole>>(asciiWords.Count);
        foreach (var (ascii, role) in asciiWords)
        {
            byAsciiWord.Add(ascii, WordTable<StrongBox<WordRole>>.Hash(ascii), new StrongBox<WordRole>(role));
        }

        maxAsciiLength = asciiWords.Count == 0 ? 0 : asciiWords.Keys.Max(w => w.Length);
        asciiShapes = new WordShapeFilter(asciiWords.Keys);
    }

    /// <summary>Appends the roles of <paramref name="tokens"/> of <paramref name="text"/>, index-aligned, to <paramref name="roles"/>.</summary>
    public List<WordRole> Of(string text, List<NumeralToken> tokens, List<WordRole> roles) => Of(text, tokens, [], roles);

    /// <summary>
    /// Appends the roles of <paramref name="tokens"/> of <paramref name="text"/>, index-aligned, to <paramref name="roles"/>;
    /// a token that covers exactly the characters of one of <paramref name="words"/> (scan tokens of the same text in text
    /// order, whose words carry this table's roles) takes them from that word instead of a lookup.
    /// </summary>
    public List<WordRole> Of(string text, List<NumeralToken> tokens, ReadOnlySpan<WordToken> words, List<WordRole> roles)
    {
        var start = roles.Count;
        CollectionsMarshal.SetCount(roles, start + tokens.Count);
        var into = CollectionsMarshal.AsSpan(roles)[start..];
        var from = CollectionsMarshal.AsSpan(tokens);
        var w = 0;
        for (var k = 0; k < from.Length; k++)
        {
            var token = from[k];
            while (w < words.Length && words[w].Start < token.Start)
            {
                w++;
            }

            into[k] = w < words.Length && words[w].Start == token.Start && words[w].End == token.End
                ? words[w].Word.NumberRoles
                : Of(text.AsSpan(token.Start, token.End - token.Start));
        }

        return roles;
    }

    /// <summary>The roles of one token's text.</summary>
    public WordRole Of(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || !Ascii.IsValid(word))
        {
            return ByDictionary(word);
        }

        if (word.Length > maxAsciiLength || !asciiShapes.MayContain(word))
        {
            return WordRole.None;
        }

        Span<char> lower = stackalloc char[word.Length];
        var hash = WordPool.LowerAndHash(word, lower);
        return byAsciiWord.Find(lower, hash)?.Value ?? WordRole.None;
    }

    private WordRole ByDictionary(ReadOnlySpan<char> word) =>
        byWord.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var role) ? role : WordRole.None;

    private static string? AsciiEquivalent(string word)
    {
        var ascii = new char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            var match = -1;
            for (var c = 0; c < AsciiCount && match < 0; c++)
            {
                if (string.Equals(word.Substring(i, 1), ((char)c).ToString(), StringComparison.OrdinalIgnoreCase))
                {
                    match = c;
                }
            }

            if (match < 0)
            {
                return null;
            }

            ascii[i] = char.ToLowerInvariant((char)match);
        }

        return new string(ascii);
    }
}
