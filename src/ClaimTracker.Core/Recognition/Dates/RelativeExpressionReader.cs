using System.Runtime.InteropServices;

namespace ClaimTracker.Recognition.Dates;

/// <summary>
/// Reads relative expressions at a token: fixed phrases ("yesterday", "the next day") and counted ones
/// ("[qualifier] [count] unit relation": "less than 24 hours later", "two years ago", "within days").
/// </summary>
/// <param name="vocabulary">The vocabulary.</param>
/// <param name="gateByUnit">Whether a counted expression is tried only when a unit word lies within its reach. Most words
/// it is asked at ("the", "a", "in") begin no counted expression, and a bit test on a few tokens passes them faster than
/// the phrase lookups would; the result is the same either way.</param>
internal sealed class RelativeExpressionReader(DateVocabulary vocabulary, bool gateByUnit = true)
{
    private const int MaxCount = 999;
    private const int HoursPerDay = 24;
    private const int DaysPerWeek = 7;
    private const int WeekSlackDays = 3;
    private const int YearsPerDecade = 10;
    private const int DecadeSlackYears = 5;

    // The unit comes after a leading relation, a qualifier and a count (one token, or a vague count's phrase).
    private readonly int _unitReach = vocabulary.RelationsBefore.LongestPhrase + vocabulary.Qualifiers.LongestPhrase
        + Math.Max(1, vocabulary.VagueCounts.LongestPhrase);

    public bool TryRead(List<DateToken> tokens, int index, out DateExpression expression, out int end)
    {
        if (vocabulary.FixedExpressions.TryMatchAt(tokens, index, out var fixedExpression, out var length))
        {
            end = index + length;
            expression = Create(tokens, index, end, fixedExpression.Offset, fixedExpression.Approximate);
            return true;
        }

        return TryReadCounted(tokens, index, out expression, out end);
    }

    private bool TryReadCounted(List<DateToken> tokens, int index, out DateExpression expression, out int end)
    {
        expression = default;
        end = index;
        if (gateByUnit && !UnitWithinReach(tokens, index))
            return false;

        var j = index;
        vocabulary.RelationsBefore.TryMatchAt(tokens, j, out var leadingRelation, out var length);
        j += length;
        vocabulary.Qualifiers.TryMatchAt(tokens, j, out var qualifier, out length);
        var hasQualifier = length > 0;
        j += length;

        int low, high;
        var vague = false;
        if (vocabulary.VagueCounts.TryMatchAt(tokens, j, out var vagueCount, out length))
        {
            (low, high, vague) = (vagueCount.Min, vagueCount.Max, true);
            j += length;
        }
        else if (TryReadCount(tokens, j, out var count))
        {
            (low, high) = (count, count);
            j++;
        }
        else
        {
            (low, high) = (-1, -1);
        }

        if (j >= tokens.Count || !tokens[j].IsWord || !vocabulary.Units.TryGetValue(tokens[j].Lower, out var unit))
            return false;

        if (low < 0)
        {
            // A bare plural ("days later", "hours later") means a few of the unit; a bare singular is no count.
            if (!tokens[j].Lower.EndsWith('s'))
                return false;
            (low, high, vague) = (unit.VagueMin, unit.VagueMax, true);
        }

        j++;
        var relation = leadingRelation;
        if (relation is null)
        {
            if (!vocabulary.RelationsAfter.TryMatchAt(tokens, j, out relation, out length))
                return false;
            j += length;
        }

        var approximate = vague || (hasQualifier && qualifier != QualifierEffect.None) || relation.FromZero;
        (low, high) = Qualify(low, high, hasQualifier ? qualifier : QualifierEffect.None);
        if (relation.FromZero)
            low = 0;

        var (dateUnit, min, max, widened) = Normalize(unit.Unit, low, high);
        var offset = relation.Sign < 0
            ? new RelativeOffset(dateUnit, -max, -min, relation.Reference)
            : new RelativeOffset(dateUnit, min, max, relation.Reference);
        end = j;
        expression = Create(tokens, index, end, offset, approximate || widened || min != max);
        return true;
    }

    private bool UnitWithinReach(List<DateToken> tokens, int index)
    {
        // Read in place: a list's indexer would copy each token.
        var span = CollectionsMarshal.AsSpan(tokens);
        var last = Math.Min(index + _unitReach, span.Length - 1);
        for (var k = index; k <= last; k++)
        {
            if (span[k].MayNameUnit && span[k].IsWord)
                return true;
        }

        return false;
    }

    private bool TryReadCount(List<DateToken> tokens, int index, out int count)
    {
        count = 0;
        if (index >= tokens.Count)
            return false;
        var token = tokens[index];
        if (token.IsPlainNumber && token.Value is >= 1 and <= MaxCount)
            count = token.Value;
        else if (token.IsWord && vocabulary.NumberWords.TryGetValue(token.Lower, out var value))
            count = value;
        return count is >= 1 and <= MaxCount;
    }

    private static (int Low, int High) Qualify(int low, int high, QualifierEffect effect) => effect switch
    {
        QualifierEffect.UpTo => (0, high),
        QualifierEffect.AtLeast => (low, high * 2),
        QualifierEffect.About => (Math.Max(0, low - QuarterOf(high)), high + QuarterOf(high)),
        _ => (low, high),
    };

    private static int QuarterOf(int value) => Math.Max(1, (value + 3) / 4);

    // Hours become days (a few hours can cross midnight), weeks days with slack, decades years with slack.
    private static (DateUnit Unit, int Min, int Max, bool Widened) Normalize(CountedUnit unit, int low, int high) =>
        unit switch
        {
            CountedUnit.Hour => (DateUnit.Day, low / HoursPerDay, (high + HoursPerDay - 1) / HoursPerDay, true),
            CountedUnit.Day => (DateUnit.Day, low, high, false),
            CountedUnit.Week => (DateUnit.Day, Math.Max(0, (low * DaysPerWeek) - WeekSlackDays),
                (high * DaysPerWeek) + WeekSlackDays, true),
            CountedUnit.Month => (DateUnit.Month, low, high, false),
            CountedUnit.Year => (DateUnit.Year, low, high, false),
            _ => (DateUnit.Year, Math.Max(0, (low * YearsPerDecade) - DecadeSlackYears),
                (high * YearsPerDecade) + DecadeSlackYears, true),
        };

    private static DateExpression Create(
        List<DateToken> tokens, int first, int end, RelativeOffset offset, bool approximate) =>
        new(DateExpressionKind.Relative, tokens[first].Start, tokens[end - 1].End, tokens[first].Paragraph)
        {
            Offset = offset,
            Approximate = approximate,
        };
}
