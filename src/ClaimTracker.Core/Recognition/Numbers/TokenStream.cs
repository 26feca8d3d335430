using System.Collections.Frozen;
using System.Runtime.InteropServices;

namespace ClaimTracker.Recognition.Numbers;

/// <summary>The tokens of one text window with the small questions the readers ask about them.</summary>
/// <param name="text">The text.</param>
/// <param name="tokens">Its tokens.</param>
/// <param name="roles">The tokens' <see cref="WordRole"/>s, index-aligned; without them every table is asked.</param>
internal sealed class TokenStream(string text, List<NumeralToken> tokens, List<WordRole>? roles = null)
{
    public string Text { get; } = text;

    public int Count => tokens.Count;

    public NumeralToken this[int index] => Token(index);

    public ReadOnlySpan<char> Chars(int index)
    {
        ref readonly var token = ref Token(index);
        return Text.AsSpan(token.Start, token.End - token.Start);
    }

    public bool Has(int index) => (uint)index < (uint)tokens.Count;

    public bool IsKind(int index, NumeralTokenKind kind) => Has(index) && Token(index).Kind == kind;

    public bool IsWord(int index) => IsKind(index, NumeralTokenKind.Word);

    public bool IsNumeral(int index) => IsKind(index, NumeralTokenKind.Numeral);

    public bool IsSymbol(int index, char symbol) => IsKind(index, NumeralTokenKind.Symbol) && Text[Token(index).Start] == symbol;

    public bool IsHyphen(int index) => IsKind(index, NumeralTokenKind.Symbol) && Text[Token(index).Start] is '-' or '–' or '—' or '‒';

    /// <summary>Whether token <paramref name="index"/> touches the token before it (no whitespace between).</summary>
    public bool Glued(int index) => index > 0 && index < tokens.Count && !Token(index).SpaceBefore;

    /// <summary>Whether token <paramref name="index"/> exists and is on the same line as the token before it.</summary>
    public bool Continues(int index) => index < tokens.Count && !Token(index).BreakBefore;

    /// <summary>Whether token <paramref name="index"/> may be in the tables of <paramref name="role"/>: false only when its
    /// roles are known and lack it, so a table need not be asked.</summary>
    public bool MayHave(int index, WordRole role) => roles is null || (CollectionsMarshal.AsSpan(roles)[index] & role) != 0;

    /// <summary>Whether token <paramref name="index"/>, of any kind, is one of <paramref name="words"/>, the table of
    /// <paramref name="role"/>. With the roles known they answer alone: a role is given exactly to its table's words.</summary>
    public bool IsIn(int index, FrozenSet<string> words, WordRole role) =>
        Has(index) && (roles is null ? words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Chars(index)) : MayHave(index, role));

    public bool IsWordIn(int index, FrozenSet<string> words) =>
        IsWord(index) && words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Chars(index));

    /// <summary>Whether token <paramref name="index"/> is a word of <paramref name="words"/>, the table of <paramref name="role"/>.</summary>
    public bool IsWordIn(int index, FrozenSet<string> words, WordRole role) => IsWord(index) && IsIn(index, words, role);

    public bool TryWordValue<T>(int index, FrozenDictionary<string, T> words, WordRole role, out T value)
    {
        value = default!;
        return IsWord(index) && MayHave(index, role) && words.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(Chars(index), out value!);
    }

    private ref readonly NumeralToken Token(int index) => ref CollectionsMarshal.AsSpan(tokens)[index];
}
