using System.Collections.Frozen;

namespace ClaimTracker.Recognition.Numbers;

/// <summary>
/// Multi-word vocabulary ("more than", "per cent", "US$") matched token by token against a
/// <see cref="TokenStream"/>, so spacing ("&lt;=" or "&lt; =") never matters and no string is built per lookup.
/// </summary>
internal sealed class PhraseTable<T>
{
    private readonly FrozenDictionary<string, Phrase[]> byFirstToken;

    /// <param name="entries">The phrases.</param>
    /// <param name="firstTokenRole">The role of the words the phrases begin with: a token without it is not looked up.</param>
    public PhraseTable(IEnumerable<(string Text, T Value, bool CaseSensitive)> entries, WordRole firstTokenRole)
    {
        FirstTokenRole = firstTokenRole;
        var phrases = new Dictionary<string, List<Phrase>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (text, value, caseSensitive) in entries)
        {
            var tokens = NumeralTokenizer.Tokenize(text, 0, text.Length, FrozenSet<string>.Empty);
            if (tokens.Count == 0)
            {
                continue;
            }

            var words = tokens.Select(t => text[t.Start..t.End]).ToArray();
            var comparison = caseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
            if (!phrases.TryGetValue(words[0], out var list))
            {
                phrases[words[0]] = list = [];
            }

            list.Add(new Phrase(words, value, comparison));
        }

        byFirstToken = phrases.ToFrozenDictionary(
            p => p.Key,
            p => p.Value.OrderByDescending(phrase => phrase.Tokens.Length).ToArray(),
            StringComparer.OrdinalIgnoreCase);
        MaxLength = byFirstToken.Count == 0 ? 0 : byFirstToken.Values.Max(p => p[0].Tokens.Length);
    }

    public int MaxLength { get; }

    public WordRole FirstTokenRole { get; }

    /// <summary>The words phrases begin with.</summary>
    public IEnumerable<string> FirstTokens => byFirstToken.Keys;

    /// <summary>Every phrase that starts at <paramref name="index"/>, longest first, all on one line.</summary>
    /// <remarks>Asked at nearly every cue and number: a struct enumeration, so nothing is allocated.</remarks>
    public Enumeration MatchesAt(TokenStream stream, int index) => new(stream, index, CandidatesAt(stream, index) ?? []);

    public bool TryMatch(TokenStream stream, int index, out int length, out T value)
    {
        foreach (var phrase in CandidatesAt(stream, index) ?? [])
        {
            if (Matches(stream, index, phrase))
            {
                length = phrase.Tokens.Length;
                value = phrase.Value;
                return true;
            }
        }

        length = 0;
        value = default!;
        return false;
    }

    private Phrase[]? CandidatesAt(TokenStream stream, int index) =>
        stream.Has(index) && stream.MayHave(index, FirstTokenRole) && byFirstToken.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(stream.Chars(index), out var candidates)
            ? candidates
            : null;

    private static bool Matches(TokenStream stream, int index, Phrase phrase)
    {
        for (var k = 0; k < phrase.Tokens.Length; k++)
        {
            var at = index + k;
            if (!stream.Has(at) || (k > 0 && !stream.Continues(at)) || !stream.Chars(at).Equals(phrase.Tokens[k], phrase.Comparison))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The phrases of one table that match at one token, enumerated in place.</summary>
    public struct Enumeration(TokenStream stream, int index, Phrase[] candidates)
    {
        private int next;

        public readonly (int Length, T Value) Current => (candidates[next - 1].Tokens.Length, candidates[next - 1].Value);

        public readonly Enumeration GetEnumerator() => this;

        public bool MoveNext()
        {
            while (next < candidates.Length)
            {
                if (PhraseTable<T>.Matches(stream, index, candidates[next++]))
                {
                    return true;
                }
            }

            return false;
        }
    }

    internal sealed record Phrase(string[] Tokens, T Value, StringComparison Comparison);
}
