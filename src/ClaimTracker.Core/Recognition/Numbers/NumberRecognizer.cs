using ClaimTracker.Documents;
using ClaimTracker.Recognition.Actors;
using ClaimTracker.Text;

namespace ClaimTracker.Recognition.Numbers;

/// <summary>
/// Finds numbers in English news text: digits ("1,200", "4.1 million", "$644 million", "3%"), number words
/// ("twenty-one", "two thousand four hundred", "a dozen"), ranges ("15–20 million", "between 40 and 65"),
/// hedged and bounded numbers ("about 40", "more than 90 million", "up to 30"), vague quantities ("several",
/// "tens of thousands") and ordinals ("the second drone"). Names and codes ("F-16", "COVID-19", "Araz-2024",
/// "12-Day War"), phone numbers, dates written with '/', times and ids are not numbers.
/// </summary>
/// <remarks>
/// Vocabulary lives in embedded JSON next to this type. Years ("in 2023") and day numbers ("March 4") are returned
/// as plain counts; the date recognizer is expected to win where its mentions overlap these.
/// Recognition is linear in the window length, never throws and keeps no state between calls, so one instance may be
/// shared by any number of threads.
/// </remarks>
public sealed class NumberRecognizer
{
    private static readonly Lazy<NumberRecognizer> Shared = new(() => new NumberRecognizer(NumberLexicon.Embedded));

    private readonly NumberLexicon lexicon;
    private readonly MentionScanner scanner;

    /// <summary>The roles of this recognizer's vocabulary, for a scan whose words should carry them.</summary>
    internal WordRoles Roles => lexicon.Roles;

    internal NumberRecognizer(NumberLexicon lexicon)
    {
        this.lexicon = lexicon;
        scanner = new MentionScanner(lexicon);
    }

    /// <summary>The recognizer with the built-in English vocabulary.</summary>
    public static NumberRecognizer Default => Shared.Value;

    /// <summary>Finds every number mention in <paramref name="text"/>, in text order, never overlapping.</summary>
    /// <param name="text">Any text; null or empty yields nothing.</param>
    /// <returns>The mentions, with spans into <paramref name="text"/>.</returns>
    public IReadOnlyList<NumberMention> Recognize(string text) => Recognize(text, new TextSpan(0, text?.Length ?? 0));

    /// <summary>
    /// Finds the number mentions that lie inside <paramref name="window"/> (for example one sentence). Words outside the
    /// window are not looked at; spans are still absolute offsets into <paramref name="text"/>.
    /// </summary>
    /// <param name="text">Any text; null or empty yields nothing.</param>
    /// <param name="window">The part of the text to look in; clamped to the text.</param>
    /// <returns>The mentions, with spans into <paramref name="text"/>.</returns>
    public IReadOnlyList<NumberMention> Recognize(string text, TextSpan window) => Recognize(text, window, null, null);

    /// <summary>
    /// As <see cref="Recognize(string, TextSpan)"/>, with <paramref name="scan"/>, a scan of the same window whose words
    /// carry this recognizer's roles: the tokens are read from its words, and a token that spells exactly one of them
    /// takes its roles from it. No mention is made of a number that overlaps <paramref name="taken"/>, the spans that
    /// other mentions hold.
    /// </summary>
    internal IReadOnlyList<NumberMention> Recognize(string text, TextSpan window, TextScan? scan, SpanSet? taken = null)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var start = Math.Clamp(window.Start, 0, text.Length);
        var end = Math.Clamp(window.End, start, text.Length);
        var tokens = TokenBuffer<NumeralToken>.Rent();
        var roles = TokenBuffer<WordRole>.Rent();
        try
        {
            var words = scan is not null && ReferenceEquals(scan.Text, text) && ReferenceEquals(scan.Facts?.NumberRoles, lexicon.Roles)
                ? scan.Tokens
                : [];
            NumeralTokenizer.Tokenize(text, start, end, lexicon.SpaceGroupingBlockers, tokens, words);
            return scanner.Scan(new TokenStream(text, tokens, lexicon.Roles.Of(text, tokens, words, roles)), taken);
        }
        finally
        {
            TokenBuffer<WordRole>.Return(roles);
            TokenBuffer<NumeralToken>.Return(tokens);
        }
    }
}
