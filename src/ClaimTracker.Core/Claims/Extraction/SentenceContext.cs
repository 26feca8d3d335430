using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using ClaimTracker.Claims.Quantities;
using ClaimTracker.Documents;
using ClaimTracker.Recognition;
using ClaimTracker.Recognition.Actors;
using ClaimTracker.Recognition.Dates;
using ClaimTracker.Recognition.Locations;
using ClaimTracker.Recognition.Numbers;
using ClaimTracker.Text;

namespace ClaimTracker.Claims.Extraction;

/// <summary>
/// One sentence with everything extractors need: its tokens (and their lower-cased words, for phrase matching) and
/// the mentions that fall inside it. Earlier sentences of the same document are reachable through
/// <see cref="Previous"/> for cross-sentence context ("the others", a claimant named in the sentence before).
/// </summary>
internal sealed class SentenceContext
{
    private readonly List<(object Key, object Value)> memo = [];
    private TriggerIndex? triggers;
    private string? text;
    private ulong? triggerSets;
    private ArraySegment<ulong> wordSets;
    private CountTable? counts;
    private CountTable? countTable;

    /// <param name="document">The document.</param>
    /// <param name="sentence">The sentence.</param>
    /// <param name="mentions">The mentions inside the sentence only (the pipeline slices them in one pass).</param>
    /// <param name="previous">The sentence before, or null.</param>
    /// <param name="triggers">The extractors' trigger sets, so <see cref="ContainsAny"/> answers for all of them in one pass.</param>
    /// <param name="buffers">Where the document's sentences keep their tokens, word sets and, if the buffers keep words, words; or null for arrays of the sentence's own.</param>
    /// <param name="scanWords">The actor scan's tokens of the document from the first at or after the sentence's start to
    /// the last before its end, or empty; with <paramref name="triggers"/> and <paramref name="buffers"/>, the sentence's
    /// tokens and words are built from them (see <see cref="ScanTokenReader"/>).</param>
    public SentenceContext(Document document, Sentence sentence, Mentions mentions, SentenceContext? previous, TriggerIndex? triggers = null, SentenceBuffers? buffers = null, ReadOnlySpan<WordToken> scanWords = default) =>
        Load(document, sentence, mentions, previous, triggers, buffers, scanWords);

    /// <summary>
    /// Makes this the context of <paramref name="sentence"/>, as the constructor does, forgetting what it held before:
    /// the claims stage keeps one context per sentence for the thread's next document, because a new one per sentence
    /// was a tenth of all the pipeline allocated.
    /// </summary>
    [MemberNotNull(nameof(Document), nameof(Sentence), nameof(Words), nameof(Numbers), nameof(Dates), nameof(Actors), nameof(Locations))]
    public void Load(Document document, Sentence sentence, Mentions mentions, SentenceContext? previous, TriggerIndex? triggers = null, SentenceBuffers? buffers = null, ReadOnlySpan<WordToken> scanWords = default)
    {
        memo.Clear();
        text = null;
        triggerSets = null;
        wordSets = default;
        counts = null;
        this.triggers = triggers;
        Document = document;
        Sentence = sentence;
        Previous = previous;
        Numbers = mentions.Numbers;
        Dates = mentions.Dates;
        Actors = mentions.Actors;
        Locations = mentions.Locations;
        if (triggers is not null && buffers is not null && !scanWords.IsEmpty)
        {
            var tokens = buffers.Tokens(scanWords.Length);
            var words = buffers.Words(scanWords.Length);
            var classes = buffers.Classes(scanWords.Length);
            var count = ScanTokenReader.Read(document.Text, sentence.Span, scanWords, triggers, tokens, words, classes);
            if (count >= 0)
            {
                Tokens = tokens[..count];
                Words = words[..count];
                wordSets = classes[..count];
                return;
            }
        }

        // The tokenizer hashes ASCII words as it reads them, and with an index each word's sets come with its pooled string.
        var hashes = TokenBuffer<int>.Rent();
        Tokens = buffers is null ? OwnTokens(document.Text, sentence.Span, hashes) : buffers.Tokenize(document.Text, sentence.Span, hashes);
        if (triggers is null)
        {
            Words = WordPool.Lower(document.Text, Tokens);
        }
        else
        {
            var words = buffers is null ? new string[Tokens.Count] : buffers.Words(Tokens.Count);
            wordSets = buffers is null ? new ulong[Tokens.Count] : buffers.Classes(Tokens.Count);
            WordPool.Lower(document.Text, Tokens, CollectionsMarshal.AsSpan(hashes), triggers, words, wordSets);
            Words = words;
        }

        TokenBuffer<int>.Return(hashes);
    }

    public Document Document { get; private set; }

    public Sentence Sentence { get; private set; }

    public SentenceContext? Previous { get; private set; }

    /// <summary>The sentence's tokens; a segment rather than a list interface, because extractors index it at nearly every step.</summary>
    public ArraySegment<Token> Tokens { get; private set; }

    /// <summary>Lower-cased token texts, index-aligned with <see cref="Tokens"/>.</summary>
    public IReadOnlyList<string> Words { get; private set; }

    public IReadOnlyList<NumberMention> Numbers { get; private set; }

    public IReadOnlyList<DateMention> Dates { get; private set; }

    public IReadOnlyList<ActorMention> Actors { get; private set; }

    public IReadOnlyList<LocationMention> Locations { get; private set; }

    /// <summary>The sentence's text, made once: every claim of the sentence keeps it as evidence, so they share one string.</summary>
    public string Text => text ??= Sentence.Span.Slice(Document.Text);

    /// <summary>
    /// The sentence's counts by token, read on the first call only. Three extractors ask at nearly every token they
    /// walk, so the table has a field of its own rather than a place in <see cref="Memo{T}"/>'s list.
    /// </summary>
    public CountTable Counts => counts ??= CountReader.ReadAll(this, into: countTable ??= new());

    /// <summary>Whether any word of the sentence is in <paramref name="words"/>.</summary>
    public bool ContainsAny(FrozenSet<string> words)
    {
        if (triggers?.IndexOf(words) is { } index and >= 0)
        {
            // Several extractors ask about their own sets: one pass over the words answers them all.
            triggerSets ??= UnionOf(wordSets);
            return ((triggerSets.Value >> index) & 1) != 0;
        }

        for (var i = 0; i < Words.Count; i++)
        {
            if (words.Contains(Words[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Which words of the sentence are in <paramref name="words"/>. Extractors walk every word asking a few sets (phrase
    /// starts, attack and event words): an indexed set is answered from the same one lookup per word as <see cref="ContainsAny"/>.
    /// </summary>
    public WordMembership Membership(FrozenSet<string> words) =>
        triggers?.IndexOf(words) is { } index and >= 0 ? new(Words, words, wordSets, index) : new(Words, words, default, 0);

    private static Token[] OwnTokens(string text, TextSpan span, List<int> lowerHashes)
    {
        var tokens = TokenBuffer<Token>.Rent();
        Tokenizer.Tokenize(text, span, tokens, lowerHashes);
        var own = tokens.ToArray();
        TokenBuffer<Token>.Return(tokens);
        return own;
    }

    private static ulong UnionOf(ReadOnlySpan<ulong> masks)
    {
        var union = 0UL;
        foreach (var mask in masks)
        {
            union |= mask;
        }

        return union;
    }

    /// <summary>
    /// The result of <paramref name="compute"/> for this sentence, computed on the first call only. Several extractors ask
    /// for the same analysis of a sentence (its attack words, its counts), also of the sentences before it, so it is done once.
    /// </summary>
    /// <param name="compute">A pure function of the sentence; the same delegate instance is the cache key.</param>
    public T Memo<T>(Func<SentenceContext, T> compute)
        where T : class
    {
        foreach (var (key, value) in memo)
        {
            if (ReferenceEquals(key, compute))
            {
                return (T)value;
            }
        }

        var computed = compute(this);
        memo.Add((compute, computed));
        return computed;
    }

    /// <summary>The document span from the start of token <paramref name="first"/> to the end of token <paramref name="last"/>.</summary>
    public TextSpan SpanOf(int first, int last) => new(Tokens[first].Span.Start, Tokens[last].Span.End);

    /// <summary>The index of the first token that ends after <paramref name="offset"/>, or the token count.</summary>
    public int TokenAt(int offset)
    {
        var low = 0;
        var high = Tokens.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Tokens[middle].Span.End <= offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>The number mention whose span ends where token <paramref name="index"/> ends, if any.</summary>
    public NumberMention? NumberEndingAt(int index)
    {
        if (index < 0 || index >= Tokens.Count)
        {
            return null;
        }

        // Index loops rather than LINQ: extractors ask at nearly every token, and a capturing lambda or a boxed enumerator allocates.
        var end = Tokens[index].Span.End;
        for (var i = 0; i < Numbers.Count; i++)
        {
            var number = Numbers[i];
            if (number.Span.End == end)
            {
                return number;
            }
        }

        return null;
    }

    /// <summary>The actor mention that covers token <paramref name="index"/>, if any.</summary>
    public ActorMention? ActorAt(int index)
    {
        if (index < 0 || index >= Tokens.Count)
        {
            return null;
        }

        var token = Tokens[index].Span;
        for (var i = 0; i < Actors.Count; i++)
        {
            var actor = Actors[i];
            if (actor.Span.Contains(token))
            {
                return actor;
            }
        }

        return null;
    }
}
