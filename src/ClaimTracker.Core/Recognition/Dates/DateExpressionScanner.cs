using System.Globalization;
using System.Runtime.InteropServices;

namespace ClaimTracker.Recognition.Dates;

/// <summary>
/// Finds date expressions in a token stream, left to right, each token used at most once. Every rule looks at a
/// bounded number of tokens, so a scan is linear in the input. Words that only read as a date after a cue
/// ("in January", "in 2025") require the cue; the cue then belongs to the expression's span.
/// </summary>
/// <param name="vocabulary">The vocabulary.</param>
/// <param name="passNonStarters">Whether words outside <see cref="DateVocabulary.ExpressionStarts"/>, symbols and decimals are
/// passed by the bit their token carries; the result is the same either way, which tests check by turning it off.</param>
/// <param name="gateRelativeByUnit">Whether the counted relative reader is skipped where no unit word is within its reach
/// (see <see cref="RelativeExpressionReader"/>); tests turn it off too.</param>
internal sealed class DateExpressionScanner(DateVocabulary vocabulary, bool passNonStarters = true, bool gateRelativeByUnit = true)
{
    private const int MinYear = 1000;
    private const int MaxYear = 2999;
    private const int MinBareYear = 1900;
    private const int MaxBareYear = 2100;
    private const int MaxYearRange = 200;
    private const int LeapYear = 2000;

    private readonly RelativeExpressionReader _relative = new(vocabulary, gateRelativeByUnit);

    private enum CueNeed
    {
        /// <summary>The expression stands alone; a cue before it is not part of its span.</summary>
        None,

        /// <summary>A cue is taken into the span when present.</summary>
        Optional,

        /// <summary>Without a cue the words are not a date.</summary>
        Required,
    }

    private enum CueKind
    {
        /// <summary>A cue word from the vocabulary's cues ("in", "on", "last").</summary>
        Word,

        /// <summary>A phrase from the vocabulary's year cues ("in", "since", "compared to").</summary>
        Year,
    }

    /// <summary>Appends the expressions of <paramref name="tokens"/> to <paramref name="found"/> and returns it.</summary>
    public List<DateExpression> Scan(List<DateToken> tokens, List<DateExpression> found)
    {
        // Read by reference: a token is a large struct, and the list's indexer would copy each one to test one bit.
        var all = CollectionsMarshal.AsSpan(tokens);
        var floor = 0;
        var i = 0;
        while (i < all.Length)
        {
            if (passNonStarters && !all[i].MayStartExpression)
            {
                i++;
            }
            else if (TryMatch(tokens, i, floor, out var expression, out var next))
            {
                found.Add(expression);
                floor = next;
                i = next;
            }
            else
            {
                i++;
            }
        }

        return found;
    }

    private bool TryMatch(List<DateToken> tokens, int i, int floor, out DateExpression expression, out int next)
    {
        if (_relative.TryRead(tokens, i, out expression, out next))
            return true;

        if (!TryCore(tokens, i, out var core))
            return false;

        var cueStart = -1;
        var mode = CueMode.Plain;
        if (core.Need != CueNeed.None)
        {
            if (core.Cue == CueKind.Word)
            {
                var previous = core.First - 1;
                if (previous >= floor && tokens[previous].IsWord
                    && vocabulary.Cues.TryGetValue(tokens[previous].Lower, out mode))
                    cueStart = previous;
            }
            else if (vocabulary.YearCues.TryMatchEndingBefore(tokens, core.First, out _, out var length)
                     && core.First - length >= floor)
            {
                cueStart = core.First - length;
            }
        }

        if (core.Need == CueNeed.Required && cueStart < 0)
            return false;

        var first = cueStart >= 0 ? cueStart : core.First;
        expression = core.Expression with
        {
            Start = tokens[first].Start,
            End = tokens[core.End - 1].End,
            Paragraph = tokens[first].Paragraph,
            Mode = mode,
        };
        next = core.End;
        return true;
    }

    private bool TryCore(List<DateToken> tokens, int i, out Core core)
    {
        var token = tokens[i];
        if (token.IsWord)
        {
            return TryWeekday(tokens, i, out core)
                || TryMonthFirst(tokens, i, out core)
                || TryModified(tokens, i, out core)
                || TryTheDecade(tokens, i, out core);
        }

        if (token.Kind == DateTokenKind.Number && IsDetachedStart(tokens, i))
        {
            return TryIsoDate(tokens, i, out core)
                || TryDayFirst(tokens, i, out core)
                || TryDecade(tokens, i, i, PeriodPart.Whole, out core)
                || TryYear(tokens, i, i, PeriodPart.Whole, out core);
        }

        core = default;
        return false;
    }

    private bool TryWeekday(List<DateToken> tokens, int i, out Core core)
    {
        core = default;
        var token = tokens[i];
        if (!token.Capitalized)
            return false;
        var isName = vocabulary.WeekdayNames.TryGetValue(token.Lower, out var weekday);
        if (!isName && !vocabulary.WeekdayAbbreviations.ContainsKey(token.Lower))
            return false;

        // "Monday, January 27, 2023": the weekday joins the date it introduces.
        var j = i + 1;
        if (j < tokens.Count && tokens[j].IsSymbol('.') && !tokens[j].SpaceBefore)
            j++;
        if (j < tokens.Count && tokens[j].IsSymbol(','))
            j++;
        if (j < tokens.Count && (TryMonthFirst(tokens, j, out var dated) || TryDayFirst(tokens, j, out dated))
            && dated.Expression.Kind is DateExpressionKind.FullDate or DateExpressionKind.MonthDay)
        {
            core = dated with { First = i };
            return true;
        }

        if (!isName || (vocabulary.NamedDays.TryMatchEndingBefore(tokens, i + 1, out _, out var named) && named > 1))
            return false;

        var end = i + 1;
        if (end < tokens.Count && tokens[end].IsWord && vocabulary.PartsOfDay.Contains(tokens[end].Lower))
            end++;
        core = new Core(new DateExpression(DateExpressionKind.Weekday, 0, 0, 0) { Weekday = weekday }, i, end,
            CueNeed.Optional, CueKind.Word);
        return true;
    }

    private bool TryMonthFirst(List<DateToken> tokens, int i, out Core core)
    {
        core = default;
        if (!TryMonthName(tokens, i, out var month, out var isFullName))
            return false;

        var j = i + 1;
        if (!isFullName && j < tokens.Count && tokens[j].IsSymbol('.') && !tokens[j].SpaceBefore)
            j++;

        if (TryDay(tokens, j, out var day, out var dayEnd, out var afterDay) && tokens[j].SpaceBefore)
        {
            var k = afterDay;
            if (k < tokens.Count && tokens[k].IsSymbol(','))
                k++;
            if (TryExplicitYear(tokens, k, out var year))
            {
                // "February 29, 2023" is no date at all, not a partial "February 29".
                if (!IsValidDay(year, month, dayEnd))
                    return false;
                core = Dated(DateExpressionKind.FullDate, year, month, day, dayEnd, i, k + 1, CueNeed.None);
                return true;
            }

            if (!IsValidDay(LeapYear, month, dayEnd) || !IsDetachedEnd(tokens, afterDay - 1))
                return false;
            core = Dated(DateExpressionKind.MonthDay, 0, month, day, dayEnd, i, afterDay, CueNeed.Optional);
            return true;
        }

        if (TryExplicitYear(tokens, j, out var monthYear))
        {
            core = Dated(DateExpressionKind.MonthYear, monthYear, month, 0, 0, i, j + 1, CueNeed.None);
            return true;
        }

        if (j + 1 < tokens.Count && tokens[j].Lower == DateVocabulary.Of && TryExplicitYear(tokens, j + 1, out monthYear))
        {
            core = Dated(DateExpressionKind.MonthYear, monthYear, month, 0, 0, i, j + 2, CueNeed.None);
            return true;
        }

        if (!isFullName)
            return false;
        core = Dated(DateExpressionKind.Month, 0, month, 0, 0, i, i + 1, CueNeed.Required);
        return true;
    }

    private bool TryDayFirst(List<DateToken> tokens, int i, out Core core)
    {
        core = default;
        if (!TryDay(tokens, i, out var day, out var dayEnd, out var j))
            return false;
        if (j < tokens.Count && tokens[j].Lower == DateVocabulary.Of)
            j++;
        if (j >= tokens.Count || !tokens[j].SpaceBefore || !TryMonthName(tokens, j, out var month, out var isFullName))
            return false;

        var afterMonth = j + 1;
        if (!isFullName && afterMonth < tokens.Count && tokens[afterMonth].IsSymbol('.')
            && !tokens[afterMonth].SpaceBefore)
            afterMonth++;
        var k = afterMonth < tokens.Count && tokens[afterMonth].IsSymbol(',') ? afterMonth + 1 : afterMonth;
        if (TryExplicitYear(tokens, k, out var year))
        {
            if (!IsValidDay(year, month, dayEnd))
                return false;
            core = Dated(DateExpressionKind.FullDate, year, month, day, dayEnd, i, k + 1, CueNeed.None);
            return true;
        }

        if (!IsValidDay(LeapYear, month, dayEnd))
            return false;
        core = Dated(DateExpressionKind.MonthDay, 0, month, day, dayEnd, i, afterMonth, CueNeed.Optional);
        return true;
    }

    private static bool TryIsoDate(List<DateToken> tokens, int i, out Core core)
    {
        core = default;
        if (i + 4 >= tokens.Count)
            return false;
        var (year, month, day) = (tokens[i], tokens[i + 2], tokens[i + 4]);
        var joined = tokens[i + 1].IsSymbol('-') && tokens[i + 3].IsSymbol('-')
            && !tokens[i + 1].SpaceBefore && !month.SpaceBefore && !tokens[i + 3].SpaceBefore && !day.SpaceBefore;
        if (!joined || !year.IsPlainNumber || year.Digits != 4 || year.Value is < MinYear or > MaxYear
            || !month.IsPlainNumber || month.Digits != 2 || !day.IsPlainNumber || day.Digits != 2
            || !IsValidDay(year.Value, month.Value, day.Value) || !IsDetachedEnd(tokens, i + 4))
            return false;

        core = Dated(DateExpressionKind.FullDate, year.Value, month.Value, day.Value, day.Value, i, i + 5,
            CueNeed.None);
        return true;
    }

    /// <summary>"early March", "mid-2024", "late 2022", "the end of May", "early 1990s".</summary>
    private bool TryModified(List<DateToken> tokens, int i, out Core core)
    {
        core = default;
        if (!vocabulary.PeriodModifiers.TryMatchAt(tokens, i, out var part, out var length))
            return false;
        var j = i + length;
        if (j < tokens.Count && tokens[j].IsDash && !tokens[j].SpaceBefore)
            j++;
        if (j >= tokens.Count)
            return false;

        if (TryMonthName(tokens, j, out var month, out var isFullName) && isFullName)
        {
            if (TryExplicitYear(tokens, j + 1, out var year))
            {
                var monthYear = new DateExpression(DateExpressionKind.MonthYear, 0, 0, 0)
                {
                    Year = year,
                    Month = month,
                    Part = part,
                };
                core = new Core(monthYear, i, j + 2, CueNeed.None, CueKind.Word);
                return true;
            }

            core = new Core(new DateExpression(DateExpressionKind.Month, 0, 0, 0) { Month = month, Part = part }, i,
                j + 1, CueNeed.Optional, CueKind.Word);
            return true;
        }

        return tokens[j].Kind == DateTokenKind.Number
            && (TryDecade(tokens, i, j, part, out core) || TryYear(tokens, i, j, part, out core));
    }

    /// <summary>"the 1990s", "the early 1990s", "the mid-1990s".</summary>
    private bool TryTheDecade(List<DateToken> tokens, int i, out Core core)
    {
        core = default;
        if (tokens[i].Lower != DateVocabulary.TheDecadeStart || i + 1 >= tokens.Count)
            return false;
        var j = i + 1;
        var part = PeriodPart.Whole;
        if (vocabulary.PeriodModifiers.TryMatchAt(tokens, j, out var modifier, out var length))
        {
            part = modifier;
            j += length;
            if (j < tokens.Count && tokens[j].IsDash && !tokens[j].SpaceBefore)
                j++;
        }

        return j < tokens.Count && TryDecade(tokens, i, j, part, out core);
    }

    private static bool TryDecade(List<DateToken> tokens, int first, int i, PeriodPart part, out Core core)
    {
        core = default;
        var token = tokens[i];
        if (token.Kind != DateTokenKind.Number || token.Digits != 4 || token.Value % 10 != 0
            || token.Value is < MinYear or > MaxYear)
            return false;

        var end = i + 1;
        if (token.Lower != DateVocabulary.PluralSuffix)
        {
            // "1990's"
            if (token.Lower.Length != 0 || end + 1 >= tokens.Count || !tokens[end].IsApostrophe
                || tokens[end].SpaceBefore || tokens[end + 1].Lower != DateVocabulary.PluralSuffix || tokens[end + 1].SpaceBefore)
                return false;
            end += 2;
        }

        if (!IsDetachedEnd(tokens, end - 1))
            return false;
        core = new Core(new DateExpression(DateExpressionKind.Decade, 0, 0, 0) { Year = token.Value, Part = part },
            first, end, CueNeed.Optional, CueKind.Year);
        return true;
    }

    /// <summary>
    /// A bare four-digit year 1900-2100, or a range of two. It needs a year cue ("in 2023"), a modifier
    /// ("late 2022"), an event noun after it ("the 2020 war"), a possessive before it ("the EU's 2022
    /// memorandum") or a time noun with "of" ("the first months of 2024"); anything else is just a number.
    /// </summary>
    private bool TryYear(List<DateToken> tokens, int first, int i, PeriodPart part, out Core core)
    {
        core = default;
        if (!IsBareYear(tokens[i]))
            return false;
        var year = tokens[i].Value;

        if (part == PeriodPart.Whole && TryYearRangeEnd(tokens, i, year, out var yearEnd, out var rangeEnd))
        {
            core = new Core(new DateExpression(DateExpressionKind.YearRange, 0, 0, 0) { Year = year, YearEnd = yearEnd },
                first, rangeEnd, CueNeed.Optional, CueKind.Year);
            return true;
        }

        if (!IsDetachedEnd(tokens, i))
            return false;
        var licensed = part != PeriodPart.Whole || IsFollowedByEventNoun(tokens, i) || IsAfterPossessive(tokens, i)
            || IsAfterTimeNounOf(tokens, i);
        core = new Core(new DateExpression(DateExpressionKind.Year, 0, 0, 0) { Year = year, Part = part }, first, i + 1,
            licensed ? CueNeed.Optional : CueNeed.Required, CueKind.Year);
        return true;
    }

    private bool TryYearRangeEnd(List<DateToken> tokens, int i, int year, out int yearEnd, out int end)
    {
        yearEnd = 0;
        end = 0;
        var j = i + 1;
        if (j + 1 >= tokens.Count)
            return false;

        var connector = tokens[j];
        var joins = connector.IsDash;
        if (!joins && connector.IsWord && vocabulary.RangeConnectors.TryGetValue(connector.Lower, out var opener))
            joins = opener is null || (i > 0 && tokens[i - 1].Lower == opener);
        var second = tokens[j + 1];
        if (!joins || !IsBareYear(second) || second.Value <= year || second.Value > year + MaxYearRange
            || !IsDetachedEnd(tokens, j + 1))
            return false;

        yearEnd = second.Value;
        end = j + 2;
        return true;
    }

    private bool IsFollowedByEventNoun(List<DateToken> tokens, int i) =>
        i + 1 < tokens.Count && tokens[i + 1].IsWord && !tokens[i + 1].Capitalized
        && vocabulary.YearEventNouns.Contains(tokens[i + 1].Lower);

    private static bool IsAfterPossessive(List<DateToken> tokens, int i) =>
        i >= 3 && tokens[i].SpaceBefore && tokens[i - 1].Lower == DateVocabulary.PluralSuffix && !tokens[i - 1].SpaceBefore
        && tokens[i - 2].IsApostrophe && !tokens[i - 2].SpaceBefore && tokens[i - 3].IsWord;

    private bool IsAfterTimeNounOf(List<DateToken> tokens, int i) =>
        i >= 2 && tokens[i - 1].Lower == DateVocabulary.Of && vocabulary.TimeNounsBeforeOf.Contains(tokens[i - 2].Lower);

    private static bool IsBareYear(DateToken token) =>
        token.IsPlainNumber && token.Digits == 4 && token.Value is >= MinBareYear and <= MaxBareYear;

    /// <summary>A year written after a month or day: any four-digit year, standing alone.</summary>
    private static bool TryExplicitYear(List<DateToken> tokens, int i, out int year)
    {
        year = 0;
        if (i >= tokens.Count)
            return false;
        var token = tokens[i];
        if (!token.IsPlainNumber || token.Digits != 4 || token.Value is < MinYear or > MaxYear || !token.SpaceBefore
            || !IsDetachedEnd(tokens, i))
            return false;
        year = token.Value;
        return true;
    }

    /// <summary>A day of the month (4, 4th, 27), or a day range joined by a dash (4-5), standing alone.</summary>
    private bool TryDay(List<DateToken> tokens, int i, out int day, out int dayEnd, out int end)
    {
        day = dayEnd = end = 0;
        if (!IsDayNumber(tokens, i))
            return false;
        day = dayEnd = tokens[i].Value;
        end = i + 1;
        if (end + 1 < tokens.Count && tokens[end].IsDash && IsDayNumber(tokens, end + 1)
            && tokens[end + 1].Value > day)
        {
            dayEnd = tokens[end + 1].Value;
            end += 2;
        }

        return IsDetachedEnd(tokens, end - 1);
    }

    private bool IsDayNumber(List<DateToken> tokens, int i)
    {
        if (i >= tokens.Count)
            return false;
        var token = tokens[i];
        return token.Kind == DateTokenKind.Number && token.Digits <= 2 && token.Value is >= 1 and <= 31
            && (token.Lower.Length == 0 || vocabulary.OrdinalSuffixes.Contains(token.Lower));
    }

    private bool TryMonthName(List<DateToken> tokens, int i, out int month, out bool isFullName)
    {
        month = 0;
        isFullName = false;
        if (i >= tokens.Count || !tokens[i].IsWord || !tokens[i].Capitalized)
            return false;
        if (vocabulary.MonthNames.TryGetValue(tokens[i].Lower, out month))
        {
            isFullName = true;
            return true;
        }

        return vocabulary.MonthAbbreviations.TryGetValue(tokens[i].Lower, out month);
    }

    /// <summary>Not glued to a word or number before it: rules out "Araz-2024", "COVID-19", "$2024".</summary>
    private static bool IsDetachedStart(List<DateToken> tokens, int i)
    {
        if (i == 0 || tokens[i].SpaceBefore)
            return true;
        var previous = tokens[i - 1];
        return previous.Kind == DateTokenKind.Symbol && char.IsPunctuation(previous.Symbol) && !previous.IsDash
            && previous.Symbol is not ('/' or '.' or '#' or '%' or ':' or ',');
    }

    /// <summary>Not glued to what follows: rules out "12-Day", "24/7", "4:30", "2024-25".</summary>
    private static bool IsDetachedEnd(List<DateToken> tokens, int i)
    {
        var next = i + 1;
        if (next >= tokens.Count || tokens[next].SpaceBefore)
            return true;
        var symbol = tokens[next];
        if (symbol.Kind != DateTokenKind.Symbol || symbol.IsDash || symbol.Symbol is '/' or '%' or '\\'
            || !(char.IsPunctuation(symbol.Symbol) || char.IsSymbol(symbol.Symbol)))
            return false;
        if (symbol.IsApostrophe)
            return true;
        return next + 1 >= tokens.Count || tokens[next + 1].SpaceBefore
            || tokens[next + 1].Kind == DateTokenKind.Symbol;
    }

    private static bool IsValidDay(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1
        && day <= CultureInfo.InvariantCulture.Calendar.GetDaysInMonth(year, month);

    private static Core Dated(
        DateExpressionKind kind, int year, int month, int day, int dayEnd, int first, int end, CueNeed need) =>
        new(new DateExpression(kind, 0, 0, 0) { Year = year, Month = month, Day = day, DayEnd = dayEnd }, first, end,
            need, CueKind.Word);

    /// <summary>A date expression without its cue: its tokens <c>[First, End)</c> and what cue it takes.</summary>
    private readonly record struct Core(DateExpression Expression, int First, int End, CueNeed Need, CueKind Cue);
}
