using ClaimTracker.Documents;
using ClaimTracker.Text;

namespace ClaimTracker.Recognition.Dates;

/// <summary>
/// Turns scanned expressions into dated mentions, in text order. A partial date takes its year from the latest
/// mention that states one nearby, else from the publication date; an anaphoric expression counts from the latest
/// precise mention nearby; with neither, the mention stays unresolved rather than guessed.
/// </summary>
internal sealed class DateMentionResolver(DateRecognizerOptions options)
{
    private const int MaxYearSearch = 8;
    private const int EarlyMonthLastDay = 10;
    private const int MiddleMonthLastDay = 20;
    private const int MonthsPerYearPart = 4;

    /// <summary>The longest mention text taken from <see cref="WordPool"/>; longer ones are mostly full dates, rarely repeated.</summary>
    private const int MaxPooledQuoteLength = 12;

    public List<DateMention> Resolve(string text, ReadOnlySpan<DateExpression> expressions, DateOnly? published)
    {
        var mentions = new List<DateMention>(expressions.Length);
        Context? yearContext = null;
        Context? anchor = null;
        foreach (ref readonly var expression in expressions)
        {
            var nearbyYear = Within(yearContext, expression, options.YearContextMaxParagraphsBack,
                options.YearContextMaxCharacters);
            var nearbyAnchor = Within(anchor, expression, options.AnchorMaxParagraphsBack, options.AnchorMaxCharacters);
            var mention = Resolve(text, expression, published, nearbyYear, nearbyAnchor);
            mentions.Add(mention);
            if (ProvidesYear(mention))
                yearContext = new Context(mention, expression.Paragraph);
            if (mention.Value is not null && mention.Granularity != DateGranularity.Approximate)
                anchor = new Context(mention, expression.Paragraph);
        }

        return mentions;
    }

    private static DateMention Resolve(
        string text, in DateExpression e, DateOnly? published, DateMention? yearContext, DateMention? anchor)
    {
        var span = new TextSpan(e.Start, e.End);
        // Short dates recur across documents ("Monday", "in 2024", "on Friday"): their text is the thread's pooled string.
        var quote = span.Length <= MaxPooledQuoteLength ? WordPool.Intern(text.AsSpan(span.Start, span.Length)).Text : span.Slice(text);
        switch (e.Kind)
        {
            case DateExpressionKind.FullDate:
                return new DateMention(span, quote,
                    new DateInterval(new DateOnly(e.Year, e.Month, e.Day), new DateOnly(e.Year, e.Month, e.DayEnd)),
                    DateGranularity.Day, DateResolution.Explicit, null, null);
            case DateExpressionKind.MonthYear:
                return new DateMention(span, quote, PartOfMonth(e.Year, e.Month, e.Part), MonthGranularity(e.Part),
                    DateResolution.Explicit, null, null);
            case DateExpressionKind.Year:
                return new DateMention(span, quote, PartOfYear(e.Year, e.Part),
                    e.Part == PeriodPart.Whole ? DateGranularity.Year : DateGranularity.Approximate,
                    DateResolution.Explicit, null, null);
            case DateExpressionKind.YearRange:
                return new DateMention(span, quote,
                    new DateInterval(DateInterval.Year(e.Year).Start, DateInterval.Year(e.YearEnd).End),
                    DateGranularity.Year, DateResolution.Explicit, null, null);
            case DateExpressionKind.Decade:
                return new DateMention(span, quote, PartOfDecade(e.Year, e.Part), DateGranularity.Approximate,
                    DateResolution.Explicit, null, null);
            case DateExpressionKind.MonthDay:
            case DateExpressionKind.Month:
                return CompletePartial(span, quote, e, published, yearContext);
            case DateExpressionKind.Weekday:
                return ResolveWeekday(span, quote, e, published);
            default:
                return ResolveRelative(span, quote, e, published, anchor);
        }
    }

    private static DateMention CompletePartial(
        TextSpan span, string quote, in DateExpression e, DateOnly? published, DateMention? yearContext)
    {
        var granularity = e.Kind == DateExpressionKind.Month ? MonthGranularity(e.Part) : DateGranularity.Day;
        if (e.Mode == CueMode.Plain && yearContext?.Value is { } context)
        {
            var value = PartialIn(e, context.Start.Year);
            if (value is not null)
                return new DateMention(span, quote, value, granularity, DateResolution.AnchoredToMention,
                    yearContext.Span, null);
        }

        if (published is not { } day)
            return Unresolved(span, quote, granularity, null);

        // The latest matching year on or before publication (news reports the past), or the first after for "next".
        var comparison = e.Kind == DateExpressionKind.Month
            ? e.Month.CompareTo(day.Month)
            : (e.Month, e.Day).CompareTo((day.Month, day.Day));
        var (year, step) = e.Mode switch
        {
            CueMode.Previous => (comparison < 0 ? day.Year : day.Year - 1, -1),
            CueMode.Current => (day.Year, 0),
            CueMode.Next => (comparison > 0 ? day.Year : day.Year + 1, 1),
            _ => (comparison <= 0 ? day.Year : day.Year - 1, -1),
        };
        for (var attempt = 0; attempt < MaxYearSearch; attempt++, year += step)
        {
            if (PartialIn(e, year) is { } value)
                return new DateMention(span, quote, value, granularity, DateResolution.CompletedFromPublication,
                    null, null);
            if (step == 0)
                break;
        }

        return Unresolved(span, quote, granularity, null);
    }

    private static DateInterval? PartialIn(in DateExpression e, int year)
    {
        if (year is < 1 or > 9999)
            return null;
        if (e.Kind == DateExpressionKind.Month)
            return PartOfMonth(year, e.Month, e.Part);
        if (e.DayEnd > DateTime.DaysInMonth(year, e.Month))
            return null;
        return new DateInterval(new DateOnly(year, e.Month, e.Day), new DateOnly(year, e.Month, e.DayEnd));
    }

    private static DateMention ResolveWeekday(TextSpan span, string quote, in DateExpression e, DateOnly? published)
    {
        if (published is not { } day)
            return Unresolved(span, quote, DateGranularity.Day, null);

        var back = ((int)day.DayOfWeek - (int)e.Weekday + 7) % 7;
        var ahead = ((int)e.Weekday - (int)day.DayOfWeek + 7) % 7;
        var target = day.DayNumber + e.Mode switch
        {
            CueMode.Previous => back == 0 ? -7 : -back,
            CueMode.Next => ahead == 0 ? 7 : ahead,
            _ => -back,
        };

        // "Thursday" read in the first days of the calendar would fall before it: there is no such day.
        if (target < DateOnly.MinValue.DayNumber || target > DateOnly.MaxValue.DayNumber)
            return Unresolved(span, quote, DateGranularity.Day, null);
        return new DateMention(span, quote, DateInterval.Day(DateOnly.FromDayNumber(target)), DateGranularity.Day,
            DateResolution.CompletedFromPublication, null, null);
    }

    private static DateMention ResolveRelative(
        TextSpan span, string quote, in DateExpression e, DateOnly? published, DateMention? anchor)
    {
        var granularity = e.Approximate
            ? DateGranularity.Approximate
            : e.Offset.Unit switch
            {
                DateUnit.Day => DateGranularity.Day,
                DateUnit.Month => DateGranularity.Month,
                DateUnit.Year => DateGranularity.Year,
                _ => DateGranularity.Approximate,
            };

        if (e.Offset.Reference == RelativeReference.Publication)
        {
            var fromPublication = published is { } day ? e.Offset.ApplyTo(DateInterval.Day(day)) : null;
            return fromPublication is null
                ? Unresolved(span, quote, granularity, e.Offset)
                : new DateMention(span, quote, fromPublication, granularity, DateResolution.RelativeToPublication,
                    null, e.Offset);
        }

        var fromAnchor = anchor?.Value is { } reference ? e.Offset.ApplyTo(reference) : null;
        if (fromAnchor is null || anchor is null)
            return Unresolved(span, quote, granularity, e.Offset);

        // An offset cannot be more precise than what it counts from: "the next day" after "in May" is vague.
        if (Precision(anchor.Granularity) > Precision(granularity))
            granularity = DateGranularity.Approximate;
        return new DateMention(span, quote, fromAnchor, granularity, DateResolution.AnchoredToMention, anchor.Span,
            e.Offset);
    }

    private static DateMention? Within(Context? context, in DateExpression e, int maxParagraphs, int maxCharacters)
    {
        if (context is not { } found)
            return null;
        var paragraphs = e.Paragraph - found.Paragraph;
        var characters = e.Start - found.Mention.Span.End;
        return paragraphs <= maxParagraphs && characters <= maxCharacters ? found.Mention : null;
    }

    /// <summary>
    /// Whether later partial dates may take their year from this mention: it states (or was given) one year.
    /// Mentions completed from the publication date add nothing the publication date does not already give.
    /// </summary>
    private static bool ProvidesYear(DateMention mention) =>
        mention.Value is { } value && value.Start.Year == value.End.Year
        && (mention.Resolution is DateResolution.Explicit or DateResolution.AnchoredToMention
            || (mention.Resolution == DateResolution.RelativeToPublication
                && mention.Granularity == DateGranularity.Year));

    private static int Precision(DateGranularity granularity) => granularity switch
    {
        DateGranularity.Day => 0,
        DateGranularity.Month => 1,
        DateGranularity.Year => 2,
        _ => 3,
    };

    private static DateGranularity MonthGranularity(PeriodPart part) =>
        part == PeriodPart.Whole ? DateGranularity.Month : DateGranularity.Approximate;

    private static DateInterval PartOfMonth(int year, int month, PeriodPart part)
    {
        var whole = DateInterval.Month(year, month);
        return part switch
        {
            PeriodPart.Early => new DateInterval(whole.Start, new DateOnly(year, month, EarlyMonthLastDay)),
            PeriodPart.Middle => new DateInterval(new DateOnly(year, month, EarlyMonthLastDay + 1),
                new DateOnly(year, month, MiddleMonthLastDay)),
            PeriodPart.Late => new DateInterval(new DateOnly(year, month, MiddleMonthLastDay + 1), whole.End),
            _ => whole,
        };
    }

    private static DateInterval PartOfYear(int year, PeriodPart part) => part switch
    {
        PeriodPart.Early => new DateInterval(new DateOnly(year, 1, 1), DateInterval.Month(year, MonthsPerYearPart).End),
        PeriodPart.Middle => new DateInterval(new DateOnly(year, MonthsPerYearPart + 1, 1),
            DateInterval.Month(year, 2 * MonthsPerYearPart).End),
        PeriodPart.Late => new DateInterval(new DateOnly(year, (2 * MonthsPerYearPart) + 1, 1),
            new DateOnly(year, 12, 31)),
        _ => DateInterval.Year(year),
    };

    private static DateInterval PartOfDecade(int decade, PeriodPart part)
    {
        var (first, last) = part switch
        {
            PeriodPart.Early => (0, 3),
            PeriodPart.Middle => (4, 6),
            PeriodPart.Late => (7, 9),
            _ => (0, 9),
        };
        return new DateInterval(DateInterval.Year(decade + first).Start, DateInterval.Year(decade + last).End);
    }

    private static DateMention Unresolved(TextSpan span, string quote, DateGranularity granularity, RelativeOffset? offset) =>
        new(span, quote, null, granularity, DateResolution.Unresolved, null, offset);

    private readonly record struct Context(DateMention Mention, int Paragraph);
}
