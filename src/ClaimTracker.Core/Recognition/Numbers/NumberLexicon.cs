using System.Collections.Frozen;
using Newtonsoft.Json;

namespace ClaimTracker.Recognition.Numbers;

/// <summary>
/// The English number vocabulary, loaded once from the JSON files embedded next to this code
/// (number-words.json, number-cues.json, quantity-phrases.json). Code holds the mechanism; these files hold the words.
/// </summary>
internal sealed class NumberLexicon
{
    private static readonly StringComparer IgnoreCase = StringComparer.OrdinalIgnoreCase;

    private NumberLexicon(WordsFile words, CuesFile cues, PhrasesFile phrases)
    {
        Cardinals = words.Cardinals.ToFrozenDictionary(IgnoreCase);
        Ordinals = words.Ordinals.ToFrozenDictionary(IgnoreCase);
        OrdinalSuffixes = words.OrdinalSuffixes.ToFrozenSet(IgnoreCase);
        FractionWords = words.FractionWords.ToFrozenSet(IgnoreCase);
        Hundreds = words.Hundred.ToFrozenSet(IgnoreCase);
        Dozens = words.Dozen.ToFrozenSet(IgnoreCase);
        Scales = words.Scales.ToFrozenDictionary(IgnoreCase);
        Articles = words.Articles.ToFrozenSet(IgnoreCase);
        DecimalPoints = words.DecimalPoints.ToFrozenSet(IgnoreCase);
        GroupJoiners = words.GroupJoiners.ToFrozenSet(IgnoreCase);
        Abbreviations = words.Abbreviations
            .Select(a => new MagnitudeAbbreviation(a.Text, a.Value, a.CaseSensitive, a.AttachedOnly, a.MoneyOnly))
            .GroupBy(a => a.Text, IgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), IgnoreCase);
        PercentWords = Table(words.PercentWords.Select(w => (w, true)), WordRole.PercentWord);
        PercentOfPrefixes = Table(words.PercentOfPrefixes.Select(w => (w, true)), WordRole.PercentOfPrefix);
        CurrencyPrefixes = Table(words.Currencies.Where(c => c.Position is "prefix" or "either").Select(c => (c.Text, c.Code)), WordRole.CurrencyPrefix);
        CurrencySuffixes = Table(words.Currencies.Where(c => c.Position is "suffix" or "either").Select(c => (c.Text, c.Code)), WordRole.CurrencySuffix);
        OneNotAfter = words.OneNotAfter.ToFrozenSet(IgnoreCase);
        OneNotBefore = words.OneNotBefore.ToFrozenSet(IgnoreCase);
        OneClauseEndDeterminers = words.OneClauseEndDeterminers.ToFrozenSet(IgnoreCase);
        SpaceGroupingBlockers = words.SpaceGroupingBlockers.ToFrozenSet(IgnoreCase);

        PrefixCues = Table(cues.PrefixCues.Select(c => (c.Text, new PrefixCue(c.Qualifier, c.Lower ?? 1m, c.Upper ?? 1m))), WordRole.PrefixCue);
        SuffixCues = Table(cues.SuffixCues.Select(c => (c.Text, new SuffixCue(c.Effect, c.Lower ?? 1m, c.Upper ?? 1m))), WordRole.SuffixCue);
        RangeJoiners = Table(cues.RangeJoiners.Select(j => (j, false)).Concat(cues.AlternativeJoiners.Select(j => (j, true))), WordRole.RangeJoiner);
        var openedRangeJoiners = cues.RangeOpeners.Select(o => Table(o.Joiners.Select(j => (j, false)), WordRole.OpenedRangeJoiner)).ToArray();
        RangeOpeners = Table(cues.RangeOpeners.Select((o, k) => (o.Text, openedRangeJoiners[k])), WordRole.RangeOpener);
        BoundJoiners = cues.BoundJoiners.ToFrozenSet(IgnoreCase);

        QuantityPhrases = Table(phrases.Phrases.Select(p => (p.Text, new QuantityPhrase(
            p.Min, p.Max, p.Qualifier ?? NumberQualifier.Vague, p.Scalable, p.RequiresNext, p.NotAfter.ToFrozenSet(IgnoreCase)))), WordRole.QuantityPhrase);

        MentionStarts = Cardinals.Keys.Concat(Ordinals.Keys).Concat(Articles).Concat(Scales.Keys).Concat(Hundreds).Concat(Dozens)
            .Concat(FractionWords).Concat(RangeOpeners.FirstTokens).Concat(PercentOfPrefixes.FirstTokens).Concat(PrefixCues.FirstTokens)
            .Concat(CurrencyPrefixes.FirstTokens).Concat(QuantityPhrases.FirstTokens)
            .ToFrozenSet(IgnoreCase);

        Roles = new WordRoles([
            (MentionStarts, WordRole.MentionStart), (Cardinals.Keys, WordRole.Cardinal), (Ordinals.Keys, WordRole.Ordinal),
            (OrdinalSuffixes, WordRole.OrdinalSuffix), (Scales.Keys, WordRole.Scale), (Hundreds, WordRole.Hundred), (Dozens, WordRole.Dozen),
            (Articles, WordRole.Article), (DecimalPoints, WordRole.DecimalPoint), (GroupJoiners, WordRole.GroupJoiner),
            (Abbreviations.Keys, WordRole.Abbreviation), (OneNotAfter, WordRole.OneNotAfter), (OneNotBefore, WordRole.OneNotBefore),
            (OneClauseEndDeterminers, WordRole.OneClauseEndDeterminer), (PercentWords.FirstTokens, WordRole.PercentWord),
            (PercentOfPrefixes.FirstTokens, WordRole.PercentOfPrefix), (CurrencyPrefixes.FirstTokens, WordRole.CurrencyPrefix),
            (CurrencySuffixes.FirstTokens, WordRole.CurrencySuffix), (PrefixCues.FirstTokens, WordRole.PrefixCue),
            (SuffixCues.FirstTokens, WordRole.SuffixCue), (RangeJoiners.FirstTokens, WordRole.RangeJoiner),
            (RangeOpeners.FirstTokens, WordRole.RangeOpener), (openedRangeJoiners.SelectMany(j => j.FirstTokens), WordRole.OpenedRangeJoiner),
            (QuantityPhrases.FirstTokens, WordRole.QuantityPhrase),
        ]);
    }

    public static NumberLexicon Embedded { get; } = new(
        Load<WordsFile>("number-words.json"), Load<CuesFile>("number-cues.json"), Load<PhrasesFile>("quantity-phrases.json"));

    public FrozenDictionary<string, int> Cardinals { get; }

    public FrozenDictionary<string, long> Ordinals { get; }

    public FrozenSet<string> OrdinalSuffixes { get; }

    public FrozenSet<string> FractionWords { get; }

    public FrozenSet<string> Hundreds { get; }

    public FrozenSet<string> Dozens { get; }

    public FrozenDictionary<string, decimal> Scales { get; }

    public FrozenSet<string> Articles { get; }

    public FrozenSet<string> DecimalPoints { get; }

    public FrozenSet<string> GroupJoiners { get; }

    public FrozenDictionary<string, MagnitudeAbbreviation[]> Abbreviations { get; }

    public PhraseTable<bool> PercentWords { get; }

    public PhraseTable<bool> PercentOfPrefixes { get; }

    public PhraseTable<string> CurrencyPrefixes { get; }

    public PhraseTable<string> CurrencySuffixes { get; }

    public FrozenSet<string> OneNotAfter { get; }

    public FrozenSet<string> OneNotBefore { get; }

    public FrozenSet<string> OneClauseEndDeterminers { get; }

    public FrozenSet<string> SpaceGroupingBlockers { get; }

    public PhraseTable<PrefixCue> PrefixCues { get; }

    public PhraseTable<SuffixCue> SuffixCues { get; }

    /// <summary>Range joiners; the value says whether the joiner offers alternatives ("two or three").</summary>
    public PhraseTable<bool> RangeJoiners { get; }

    public PhraseTable<PhraseTable<bool>> RangeOpeners { get; }

    public FrozenSet<string> BoundJoiners { get; }

    public PhraseTable<QuantityPhrase> QuantityPhrases { get; }

    /// <summary>
    /// Every word or symbol a mention can begin with: the first tokens of the cue, opener, currency and vague-quantity
    /// phrases ("more", "$", "&lt;"), and the number words. Any other word or symbol starts no mention, so the scanner
    /// passes it after one lookup instead of asking each reader in turn.
    /// </summary>
    public FrozenSet<string> MentionStarts { get; }

    /// <summary>The tables each word of the vocabulary is in.</summary>
    public WordRoles Roles { get; }

    /// <summary>Whether the word is a cardinal, ordinal, magnitude or fraction word.</summary>
    public bool IsNumberWord(ReadOnlySpan<char> word) =>
        Cardinals.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word)
        || Ordinals.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word)
        || Scales.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word)
        || Hundreds.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>Whether the word names a fraction ("thirds", "tenths", "half"), as in "two-thirds".</summary>
    public bool IsFractionWord(ReadOnlySpan<char> word) =>
        FractionWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
        || Ordinals.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word)
        || (word.Length > 1 && word[^1] is 's' or 'S' && Ordinals.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word[..^1]));

    // Currency codes written in capitals ("TRY", "USD") must match in capitals, or "try" would be money.
    private static PhraseTable<T> Table<T>(IEnumerable<(string Text, T Value)> entries, WordRole firstTokenRole) =>
        new(entries.Select(e => (e.Text, e.Value, e.Text.Length > 1 && e.Text.All(c => !char.IsLetter(c) || char.IsUpper(c)) && e.Text.Any(char.IsLetter))), firstTokenRole);

    private static T Load<T>(string fileName)
    {
        var assembly = typeof(NumberLexicon).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n =>
            n.EndsWith(fileName, StringComparison.Ordinal) && n.Contains("Numbers", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return JsonConvert.DeserializeObject<T>(reader.ReadToEnd())!;
    }

    private sealed class WordsFile
    {
        public Dictionary<string, int> Cardinals { get; set; } = [];

        public Dictionary<string, long> Ordinals { get; set; } = [];

        public List<string> OrdinalSuffixes { get; set; } = [];

        public List<string> FractionWords { get; set; } = [];

        public List<string> Hundred { get; set; } = [];

        public List<string> Dozen { get; set; } = [];

        public Dictionary<string, decimal> Scales { get; set; } = [];

        public List<string> Articles { get; set; } = [];

        public List<string> DecimalPoints { get; set; } = [];

        public List<string> GroupJoiners { get; set; } = [];

        public List<AbbreviationEntry> Abbreviations { get; set; } = [];

        public List<string> PercentWords { get; set; } = [];

        public List<string> PercentOfPrefixes { get; set; } = [];

        public List<CurrencyEntry> Currencies { get; set; } = [];

        public List<string> OneNotAfter { get; set; } = [];

        public List<string> OneNotBefore { get; set; } = [];

        public List<string> OneClauseEndDeterminers { get; set; } = [];

        public List<string> SpaceGroupingBlockers { get; set; } = [];
    }

    private sealed class AbbreviationEntry
    {
        public string Text { get; set; } = "";

        public decimal Value { get; set; }

        public bool CaseSensitive { get; set; }

        public bool AttachedOnly { get; set; }

        public bool MoneyOnly { get; set; }
    }

    private sealed class CurrencyEntry
    {
        public string Text { get; set; } = "";

        public string Code { get; set; } = "";

        public string Position { get; set; } = "";
    }

    private sealed class CuesFile
    {
        public List<PrefixCueEntry> PrefixCues { get; set; } = [];

        public List<SuffixCueEntry> SuffixCues { get; set; } = [];

        public List<string> RangeJoiners { get; set; } = [];

        public List<string> AlternativeJoiners { get; set; } = [];

        public List<RangeOpenerEntry> RangeOpeners { get; set; } = [];

        public List<string> BoundJoiners { get; set; } = [];
    }

    private sealed class PrefixCueEntry
    {
        public string Text { get; set; } = "";

        public NumberQualifier Qualifier { get; set; }

        public decimal? Lower { get; set; }

        public decimal? Upper { get; set; }
    }

    private sealed class SuffixCueEntry
    {
        public string Text { get; set; } = "";

        public SuffixEffect Effect { get; set; }

        public decimal? Lower { get; set; }

        public decimal? Upper { get; set; }
    }

    private sealed class RangeOpenerEntry
    {
        public string Text { get; set; } = "";

        public List<string> Joiners { get; set; } = [];
    }

    private sealed class PhrasesFile
    {
        public List<PhraseEntry> Phrases { get; set; } = [];
    }

    private sealed class PhraseEntry
    {
        public string Text { get; set; } = "";

        public decimal Min { get; set; }

        public decimal? Max { get; set; }

        public NumberQualifier? Qualifier { get; set; }

        public bool Scalable { get; set; }

        public string? RequiresNext { get; set; }

        public List<string> NotAfter { get; set; } = [];
    }
}
