using ClaimTracker.Documents;
using ClaimTracker.Recognition.Actors;
using ClaimTracker.Recognition.Dates;
using ClaimTracker.Recognition.Locations;
using ClaimTracker.Recognition.Numbers;
using ClaimTracker.Text;

namespace ClaimTracker.Recognition;

/// <summary>
/// Runs the number, date, actor and location recognizers over one text and settles their overlaps: a number that
/// lies inside a date ("2023" in "January 27, 2023") or inside a place or actor name ("Araz-2024") belongs to that
/// mention, not to the counts. Thread-safe; never throws on any text.
/// </summary>
public sealed class MentionRecognizer
{
    private readonly NumberRecognizer _numbers;
    private readonly DateRecognizer _dates;
    private readonly ActorRecognizer _actors;
    private readonly LocationRecognizer _locations;
    private readonly WordFacts _facts;
    private readonly bool _skipTakenNumbers;

    /// <summary>Combines the given recognizers.</summary>
    /// <param name="numbers">The number recognizer.</param>
    /// <param name="dates">The date recognizer.</param>
    /// <param name="actors">The actor recognizer.</param>
    /// <param name="locations">The location recognizer.</param>
    public MentionRecognizer(NumberRecognizer numbers, DateRecognizer dates, ActorRecognizer actors, LocationRecognizer locations)
        : this(numbers, dates, actors, locations, skipTakenNumbers: true)
    {
    }

    /// <param name="numbers">The number recognizer.</param>
    /// <param name="dates">The date recognizer.</param>
    /// <param name="actors">The actor recognizer.</param>
    /// <param name="locations">The location recognizer.</param>
    /// <param name="skipTakenNumbers">Whether the number recognizer is told the spans of dates, actors and places, so it
    /// makes no mention of the numbers inside them (most are a date's day and year) rather than making every one and
    /// dropping those afterwards; the result is the same either way, which tests check by turning it off.</param>
    internal MentionRecognizer(NumberRecognizer numbers, DateRecognizer dates, ActorRecognizer actors, LocationRecognizer locations, bool skipTakenNumbers)
    {
        _numbers = numbers ?? throw new ArgumentNullException(nameof(numbers));
        _dates = dates ?? throw new ArgumentNullException(nameof(dates));
        _actors = actors ?? throw new ArgumentNullException(nameof(actors));
        _locations = locations ?? throw new ArgumentNullException(nameof(locations));
        _facts = new WordFacts(numbers.Roles, dates.KnownWords);
        _skipTakenNumbers = skipTakenNumbers;
    }

    /// <summary>The recognizers with their embedded data.</summary>
    public static MentionRecognizer Default { get; } =
        new(NumberRecognizer.Default, DateRecognizer.Default, ActorRecognizer.Default, LocationRecognizer.Default);

    /// <summary>Recognizes everything in <paramref name="text"/>.</summary>
    /// <param name="text">The text; spans index it.</param>
    /// <param name="published">The publication date that partial and relative dates resolve against, or null.</param>
    public Mentions Recognize(string text, DateOnly? published)
    {
        var mentions = Recognize(text, published, out var words);
        if (words is not null)
        {
            TokenBuffer<WordToken>.Return(words);
        }

        return mentions;
    }

    /// <summary>
    /// Recognizes everything in <paramref name="text"/> and hands over the actor scan's tokens of the whole text, or
    /// null where actors and places were not found in one scan. The caller returns them to <see cref="TokenBuffer{T}"/>.
    /// </summary>
    internal Mentions Recognize(string text, DateOnly? published, out List<WordToken>? scanWords)
    {
        ArgumentNullException.ThrowIfNull(text);
        scanWords = null;
        IReadOnlyList<NumberMention> numbers;
        IReadOnlyList<DateMention> dates;
        IReadOnlyList<ActorMention> actors;
        IReadOnlyList<LocationMention> locations;
        SpanSet taken;
        if (text.Length > 0 && ReferenceEquals(_actors.Gazetteer, _locations.Gazetteer))
        {
            // Actors and places are found in the same tokens and gazetteer phrases: scan the text once for both. Its
            // words carry their number roles and date vocabulary entries, so the number and date tokens that spell the
            // same words skip their own lookups.
            var whole = new TextSpan(0, text.Length);
            using var scan = TextScan.Of(_actors.Gazetteer, text, whole, facts: _facts);
            dates = _dates.Recognize(text, published, whole, scan);
            actors = _actors.RecognizeScan(scan);
            locations = _locations.RecognizeScan(scan);
            taken = Taken(dates, actors, locations);
            numbers = _numbers.Recognize(text, whole, scan, _skipTakenNumbers ? taken : null);
            scanWords = scan.TakeTokens();
        }
        else
        {
            dates = _dates.Recognize(text, published);
            actors = _actors.Recognize(text);
            locations = _locations.Recognize(text);
            taken = Taken(dates, actors, locations);
            numbers = _numbers.Recognize(text, new TextSpan(0, text.Length), null, _skipTakenNumbers ? taken : null);
        }

        return new Mentions(_skipTakenNumbers ? numbers : NumbersOutside(numbers, taken), dates, actors, locations);
    }

    private static SpanSet Taken(IReadOnlyList<DateMention> dates, IReadOnlyList<ActorMention> actors, IReadOnlyList<LocationMention> locations)
    {
        var spans = new TextSpan[dates.Count + actors.Count + locations.Count];
        var k = 0;
        for (var i = 0; i < dates.Count; i++)
        {
            spans[k++] = dates[i].Span;
        }

        for (var i = 0; i < actors.Count; i++)
        {
            spans[k++] = actors[i].Span;
        }

        for (var i = 0; i < locations.Count; i++)
        {
            spans[k++] = locations[i].Span;
        }

        return new SpanSet(spans);
    }

    private static NumberMention[] NumbersOutside(IReadOnlyList<NumberMention> numbers, SpanSet taken)
    {
        // Counted first, so the result is made once at its size.
        var count = 0;
        for (var i = 0; i < numbers.Count; i++)
        {
            count += taken.Overlaps(numbers[i].Span) ? 0 : 1;
        }

        var kept = new NumberMention[count];
        count = 0;
        for (var i = 0; i < numbers.Count && count < kept.Length; i++)
        {
            if (!taken.Overlaps(numbers[i].Span))
            {
                kept[count++] = numbers[i];
            }
        }

        return kept;
    }
}
