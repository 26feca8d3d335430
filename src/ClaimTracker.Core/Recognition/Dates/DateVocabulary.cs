using System.Collections.Frozen;
using Newtonsoft.Json;

namespace ClaimTracker.Recognition.Dates;

/// <summary>
/// The words the date scanner knows, read once from the embedded <c>date-vocabulary.json</c>: month and weekday
/// names, cue words, counts, units and relative phrases. Code holds the grammar; this holds the language.
/// </summary>
internal sealed class DateVocabulary
{
    // The SDK keeps the folder separator of the build machine in the logical name.
    private const string ResourceName = "ClaimTracker.Recognition/Dates/date-vocabulary.json";

    private static readonly Lazy<DateVocabulary> LazyDefault = new(LoadEmbedded);

    private DateVocabulary(Document document)
    {
        MonthNames = Index(document.Months.SelectMany(m => m.Names.Select(n => (n, m.Number))));
        MonthAbbreviations = Index(document.Months.SelectMany(m => m.Abbreviations.Select(n => (n, m.Number))));
        WeekdayNames = Index(document.Weekdays.SelectMany(w => w.Names.Select(n => (n, w.Day))));
        WeekdayAbbreviations = Index(document.Weekdays.SelectMany(w => w.Abbreviations.Select(n => (n, w.Day))));
        NamedDays = new PhraseTable<bool>(document.NamedDays.Select(d => (SplitWords(d), true)));
        PartsOfDay = document.PartsOfDay.Select(Normalize).ToFrozenSet(StringComparer.Ordinal);
        Cues = document.Cues.ToFrozenDictionary(c => Normalize(c.Key), c => c.Value, StringComparer.Ordinal);
        YearCues = new PhraseTable<bool>(document.YearCues.Select(c => (c.Select(Normalize).ToArray(), true)));
        RangeConnectors = document.RangeConnectors.ToFrozenDictionary(
            c => Normalize(c.Key), c => c.Value is null ? null : Normalize(c.Value), StringComparer.Ordinal);
        OrdinalSuffixes = document.OrdinalSuffixes.Select(Normalize).ToFrozenSet(StringComparer.Ordinal);
        TimeNounsBeforeOf = document.TimeNounsBeforeOf.Select(Normalize).ToFrozenSet(StringComparer.Ordinal);
        YearEventNouns = document.YearEventNouns.Select(Normalize).ToFrozenSet(StringComparer.Ordinal);
        PeriodModifiers = new PhraseTable<PeriodPart>(document.PeriodModifiers.Select(p => (Words(p.Words), p.Part)));
        NumberWords = Index(document.NumberWords.Select(n => (n.Key, n.Value)));
        VagueCounts = new PhraseTable<(int Min, int Max)>(
            document.VagueCounts.Select(v => (Words(v.Words), (v.Min, v.Max))));
        Units = document.Units
            .SelectMany(u => u.Names.Select(n => (Name: n, Entry: new UnitEntry(u.Unit, u.VagueMin, u.VagueMax))))
            .ToFrozenDictionary(u => Normalize(u.Name), u => u.Entry, StringComparer.Ordinal);
        Qualifiers = new PhraseTable<QualifierEffect>(document.Qualifiers.Select(q => (Words(q.Words), q.Effect)));
        RelationsAfter = Relations(document, RelationPosition.After);
        RelationsBefore = Relations(document, RelationPosition.Before);
        FixedExpressions = new PhraseTable<FixedExpression>(document.FixedExpressions.Select(f => (Words(f.Words),
            new FixedExpression(new RelativeOffset(f.Unit, f.Min, f.Max, f.Reference), f.Approximate))));
        ExpressionStarts = MonthNames.Keys.Concat(MonthAbbreviations.Keys).Concat(WeekdayNames.Keys).Concat(WeekdayAbbreviations.Keys)
            .Concat(NumberWords.Keys).Concat(Units.Keys).Concat(PeriodModifiers.FirstWords).Concat(VagueCounts.FirstWords)
            .Concat(Qualifiers.FirstWords).Concat(RelationsBefore.FirstWords).Concat(FixedExpressions.FirstWords)
            .Append(TheDecadeStart)
            .ToFrozenSet(StringComparer.Ordinal);
        KnownWords = new VocabularyWords(MonthNames.Keys.Concat(MonthAbbreviations.Keys).Concat(WeekdayNames.Keys)
            .Concat(WeekdayAbbreviations.Keys).Concat(NamedDays.AllWords).Concat(PartsOfDay).Concat(Cues.Keys).Concat(YearCues.AllWords)
            .Concat(RangeConnectors.Keys).Concat(RangeConnectors.Values.OfType<string>()).Concat(OrdinalSuffixes)
            .Concat(TimeNounsBeforeOf).Concat(YearEventNouns).Concat(PeriodModifiers.AllWords).Concat(NumberWords.Keys)
            .Concat(VagueCounts.AllWords).Concat(Units.Keys).Concat(Qualifiers.AllWords).Concat(RelationsAfter.AllWords)
            .Concat(RelationsBefore.AllWords).Concat(FixedExpressions.AllWords).Concat(GrammarWords), ExpressionStarts, Units.Keys.ToFrozenSet(StringComparer.Ordinal));
    }

    private enum RelationPosition
    {
        After,
        Before,
    }

    public static DateVocabulary Default => LazyDefault.Value;

    public FrozenDictionary<string, int> MonthNames { get; }

    public FrozenDictionary<string, int> MonthAbbreviations { get; }

    public FrozenDictionary<string, DayOfWeek> WeekdayNames { get; }

    public FrozenDictionary<string, DayOfWeek> WeekdayAbbreviations { get; }

    public PhraseTable<bool> NamedDays { get; }

    public FrozenSet<string> PartsOfDay { get; }

    public FrozenDictionary<string, CueMode> Cues { get; }

    public PhraseTable<bool> YearCues { get; }

    /// <summary>Words joining two years into a range, each with the word that must open the range, if any.</summary>
    public FrozenDictionary<string, string?> RangeConnectors { get; }

    public FrozenSet<string> OrdinalSuffixes { get; }

    public FrozenSet<string> TimeNounsBeforeOf { get; }

    public FrozenSet<string> YearEventNouns { get; }

    public PhraseTable<PeriodPart> PeriodModifiers { get; }

    public FrozenDictionary<string, int> NumberWords { get; }

    public PhraseTable<(int Min, int Max)> VagueCounts { get; }

    public FrozenDictionary<string, UnitEntry> Units { get; }

    public PhraseTable<QualifierEffect> Qualifiers { get; }

    public PhraseTable<RelationEntry> RelationsAfter { get; }

    public PhraseTable<RelationEntry> RelationsBefore { get; }

    public PhraseTable<FixedExpression> FixedExpressions { get; }

    /// <summary>
    /// Every word a date expression can begin with: month and weekday names, number words, units (a bare "days later"),
    /// and the first words of modifiers, vague counts, qualifiers, leading relations and fixed expressions, plus "the" of
    /// "the 1990s". A scan passes any other word after one lookup; the cue before an expression is matched separately.
    /// </summary>
    public FrozenSet<string> ExpressionStarts { get; }

    /// <summary>The article that opens "the 1990s", "the early 2000s".</summary>
    public static string TheDecadeStart => "the";

    /// <summary>The words the scanner's rules name in code rather than read from the vocabulary.</summary>
    public static IReadOnlyList<string> GrammarWords { get; } = [TheDecadeStart, Of, PluralSuffix];

    /// <summary>The "of" of "4th of March", "March of 2024" and "the first months of 2024".</summary>
    public static string Of => "of";

    /// <summary>The "s" of "1990s" and of the possessive "the EU's 2022 memorandum".</summary>
    public static string PluralSuffix => "s";

    /// <summary>Every word above and in <see cref="GrammarWords"/>: a word outside them matters to no rule.</summary>
    public VocabularyWords KnownWords { get; }

    /// <summary>Parses a vocabulary document in the format of the embedded file.</summary>
    public static DateVocabulary FromJson(string json) =>
        new(JsonConvert.DeserializeObject<Document>(json) ?? throw new JsonException("Empty date vocabulary."));

    private static DateVocabulary LoadEmbedded()
    {
        var assembly = typeof(DateVocabulary).Assembly;
        var name = assembly.GetManifestResourceNames()
            .FirstOrDefault(n => string.Equals(n.Replace('\\', '/'), ResourceName, StringComparison.Ordinal));
        using var stream = (name is null ? null : assembly.GetManifestResourceStream(name))
            ?? throw new InvalidOperationException($"Missing embedded resource {ResourceName}.");
        using var reader = new StreamReader(stream);
        return FromJson(reader.ReadToEnd());
    }

    private static PhraseTable<RelationEntry> Relations(Document document, RelationPosition position) =>
        new(document.Relations
            .Where(r => r.Position == position)
            .Select(r => (Words(r.Words), new RelationEntry(Math.Sign(r.Sign), r.Reference, r.FromZero))));

    private static FrozenDictionary<string, TValue> Index<TValue>(IEnumerable<(string Name, TValue Value)> pairs) =>
        pairs
            .GroupBy(p => Normalize(p.Name), StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);

    private static string[] Words(IEnumerable<string> words) => words.Select(Normalize).ToArray();

    private static string[] SplitWords(string phrase) =>
        phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Normalize).ToArray();

    private static string Normalize(string word) => word.Trim().ToLowerInvariant();

    /// <summary>A unit word and how many of it a bare plural ("days later") stands for.</summary>
    internal sealed record UnitEntry(CountedUnit Unit, int VagueMin, int VagueMax);

    /// <summary>How a relation word ties a counted span to its reference.</summary>
    internal sealed record RelationEntry(int Sign, RelativeReference Reference, bool FromZero);

    /// <summary>A whole phrase with a known offset ("yesterday", "the next day").</summary>
    internal sealed record FixedExpression(RelativeOffset Offset, bool Approximate);

    private sealed class Document
    {
        public List<MonthEntry> Months { get; set; } = [];

        public List<WeekdayEntry> Weekdays { get; set; } = [];

        public List<string> NamedDays { get; set; } = [];

        public List<string> PartsOfDay { get; set; } = [];

        public Dictionary<string, CueMode> Cues { get; set; } = [];

        public List<List<string>> YearCues { get; set; } = [];

        public Dictionary<string, string?> RangeConnectors { get; set; } = [];

        public List<string> OrdinalSuffixes { get; set; } = [];

        public List<string> TimeNounsBeforeOf { get; set; } = [];

        public List<string> YearEventNouns { get; set; } = [];

        public List<PeriodModifierEntry> PeriodModifiers { get; set; } = [];

        public Dictionary<string, int> NumberWords { get; set; } = [];

        public List<VagueCountEntry> VagueCounts { get; set; } = [];

        public List<UnitDocument> Units { get; set; } = [];

        public List<QualifierEntry> Qualifiers { get; set; } = [];

        public List<RelationDocument> Relations { get; set; } = [];

        public List<FixedExpressionDocument> FixedExpressions { get; set; } = [];
    }

    private sealed class MonthEntry
    {
        public int Number { get; set; }

        public List<string> Names { get; set; } = [];

        public List<string> Abbreviations { get; set; } = [];
    }

    private sealed class WeekdayEntry
    {
        public DayOfWeek Day { get; set; }

        public List<string> Names { get; set; } = [];

        public List<string> Abbreviations { get; set; } = [];
    }

    private sealed class PeriodModifierEntry
    {
        public List<string> Words { get; set; } = [];

        public PeriodPart Part { get; set; }
    }

    private sealed class VagueCountEntry
    {
        public List<string> Words { get; set; } = [];

        public int Min { get; set; }

        public int Max { get; set; }
    }

    private sealed class UnitDocument
    {
        public List<string> Names { get; set; } = [];

        public CountedUnit Unit { get; set; }

        public int VagueMin { get; set; }

        public int VagueMax { get; set; }
    }

    private sealed class QualifierEntry
    {
        public List<string> Words { get; set; } = [];

        public QualifierEffect Effect { get; set; }
    }

    private sealed class RelationDocument
    {
        public List<string> Words { get; set; } = [];

        public RelationPosition Position { get; set; }

        public RelativeReference Reference { get; set; }

        public int Sign { get; set; }

        public bool FromZero { get; set; }
    }

    private sealed class FixedExpressionDocument
    {
        public List<string> Words { get; set; } = [];

        public RelativeReference Reference { get; set; }

        public DateUnit Unit { get; set; }

        public int Min { get; set; }

        public int Max { get; set; }

        public bool Approximate { get; set; }
    }
}
