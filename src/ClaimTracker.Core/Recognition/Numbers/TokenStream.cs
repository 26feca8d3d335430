using System.Collections.Frozen;

namespace ClaimTracker.Recognition.Numbers;

/// <summary>The tokens of one text window with the small questions the readers ask about them.</summary>
/// <param name="text">The text.</param>
/// <param name="tokens">Its tokens.</param>
/// <param name="roles">The tokens' <see cref="WordRole"/>s, index-aligned; without them every table is asked.</param>
internal sealed class TokenStream(string text, List<NumeralToken> tokens, List<WordRole>? roles = null)
{
    public string Text { get; } = text;

    public int Count => tokens.Count;

    public NumeralToken this[int index] => tokens[index];

    public ReadOnlySpan<char> Chars(int index) => Text.AsSpan(tokens[index].Start, tokens[index].End - tokens[index].Start);

    public bool Has(int index) => index >= 0 && index < tokens.Count;

    public bool IsKind(int index, NumeralTokenKind kind) => Has(index) && tokens[index].Kind == kind;

    public bool IsWord(int index) => IsKind(index, NumeralTokenKind.Word);

    public bool IsNumeral(int index) => IsKind(index, NumeralTokenKind.Numeral);

    public bool IsSymbol(int index, char symbol) => IsKind(index, NumeralTokenKind.Symbol) && Text[tokens[index].Start] == symbol;

    public bool IsHyphen(int index) => IsKind(index, NumeralTokenKind.Symbol) && Text[tokens[index].Start] is '-' or '–' or '—' or '‒';

    /// <summary>Whether token <paramref name="index"/> touches the token before it (no whitespace between).</summary>
    public bool Glued(int index) => index > 0 && index < tokens.Count && !tokens[index].SpaceBefore;

    /// <summary>Whether token <paramref name="index"/> exists and is on the same line as the token before it.</summary>
    public bool Continues(int index) => index < tokens.Count && !tokens[index].BreakBefore;

    /// <summary>Whether token <paramref name="index"/> may be in the tables of <paramref name="role"/>: false only when its
    /// roles are known and lack it, so a table need not be asked.</summary>
    public bool MayHave(int index, WordRole role) => roles is null || (roles[index] & role) != 0;

    /// <summary>Whether token <paramref name="index"/>, of any kind, is one of <paramref name="words"/>, the table of <paramref name="role"/>.</summary>
    public bool IsIn(int index, FrozenSet<string> words, WordRole role) =>
        Has(index) && MayHave(index, role) && words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Chars(index));

    public bool IsWordIn(int index, FrozenSet<string> words) =>
        IsWord(index) && words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Chars(index));

    /// <summary>Whether token <paramref name="index"/> is a word of <paramref name="words"/>, the table of <paramref name="role"/>.</summary>
    public bool IsWordIn(int index, FrozenSet<string> words, WordRole role) =>
        IsWord(index) && MayHave(index, role) && words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Chars(index));

    public bool TryWordValue<T>(int index, FrozenDictionary<string, T> words, WordRole role, out T value)
    {
        value = default!;
        return IsWord(index) && MayHave(index, role) && words.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(Chars(index), out value!);
    }
}
