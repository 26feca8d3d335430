namespace ClaimTracker.Recognition.Numbers;

/// <summary>
/// Reads a cardinal from digits, number words or both: "1,200", "4.1 million", "twenty-one", "one hundred and five",
/// "two thousand four hundred", "3 hundred and 21", "a dozen", "ten lakh crore", "two point five".
/// Grammar: groups below a thousand ("three hundred and two") joined by strictly decreasing magnitudes; each
/// optional part is tried once, so reading is linear in the tokens it consumes.
/// </summary>
internal sealed class CardinalReader(NumberLexicon lexicon)
{
    private const int MaxFractionWords = 10;

    public bool TryRead(TokenStream s, int start, bool afterCurrency, out Cardinal cardinal)
    {
        cardinal = default;
        decimal total = 0m, lastScale = decimal.MaxValue, head = 0m, multiplier = 1m;
        int pos = start, end = -1, groups = 0;
        var hasMagnitude = false;
        while (groups == 0 || s.Continues(pos))
        {
            if (!TryGroup(s, pos, out var group))
            {
                break;
            }

            if (groups == 0 && group.IsDigits && TryAbbreviation(s, group.End, afterCurrency, out var abbreviation)
                && IntervalMath.TryMultiply(group.Value, abbreviation, out var abbreviated))
            {
                (total, end, head, multiplier, hasMagnitude, groups) = (abbreviated, group.End + 1, group.Value, abbreviation, true, 1);
                break;
            }

            if (TryScale(s, group.End, out var scale, out var scaleEnd))
            {
                if (scale >= lastScale || !IntervalMath.TryMultiply(group.Value, scale, out var scaled))
                {
                    break;
                }

                total += scaled;
                (lastScale, end, head, multiplier, hasMagnitude) = (scale, scaleEnd, group.Value, scale, true);
                groups++;
                pos = s.IsWordIn(end, lexicon.GroupJoiners, WordRole.GroupJoiner) && s.Continues(end) ? end + 1 : end;
                continue;
            }

            if (groups > 0)
            {
                // After a magnitude only a smaller whole group may follow: "two thousand four hundred".
                if (group.Value >= lastScale || group.Value != decimal.Truncate(group.Value) || (group.IsDigits && group.Value >= 1000m))
                {
                    break;
                }

                total += group.Value;
                end = group.End;
                groups++;
            }
            else
            {
                (total, end, head, groups) = (group.Value, group.End, group.Value, 1);
            }

            break;
        }

        if (end < 0)
        {
            return false;
        }

        if (groups > 1)
        {
            (head, multiplier) = (total, 1m);
        }

        cardinal = new Cardinal(start, end, total, hasMagnitude, head, multiplier);
        return true;
    }

    /// <summary>A group below a thousand, or a digit numeral of any size, with "hundred", "dozen" and "point" parts.</summary>
    private bool TryGroup(TokenStream s, int pos, out Group group)
    {
        group = default;
        decimal value;
        int end;
        var isDigits = false;
        if (s.IsWordIn(pos, lexicon.Articles, WordRole.Article))
        {
            // "a" is a number only as "a hundred", "a million", "a dozen".
            if (!s.Continues(pos + 1))
            {
                return false;
            }

            if (IsSingular(s, pos + 1, lexicon.Hundreds, WordRole.Hundred))
            {
                (value, end) = (100m, pos + 2);
                (value, end) = WithTail(s, value, end);
            }
            else if (s.TryWordValue(pos + 1, lexicon.Scales, WordRole.Scale, out _))
            {
                (value, end) = (1m, pos + 1);
            }
            else if (IsSingular(s, pos + 1, lexicon.Dozens, WordRole.Dozen))
            {
                (value, end) = (12m, pos + 2);
            }
            else
            {
                return false;
            }

            group = new Group(value, end, false);
            return true;
        }

        if (!TryBelowHundred(s, pos, wordsOnly: false, out value, out end))
        {
            return false;
        }

        isDigits = s.IsNumeral(pos);
        if (s.Continues(end) && s.IsWordIn(end, lexicon.Dozens, WordRole.Dozen) && value == decimal.Truncate(value))
        {
            group = new Group(value * 12m, end + 1, false);
            return true;
        }

        if (s.Continues(end) && IsSingular(s, end, lexicon.Hundreds, WordRole.Hundred) && IntervalMath.TryMultiply(value, 100m, out var hundreds))
        {
            (value, end) = WithTail(s, hundreds, end + 1);
            isDigits = false;
        }

        if (!isDigits)
        {
            (value, end) = WithSpokenDecimals(s, value, end);
        }

        group = new Group(value, end, isDigits);
        return true;
    }

    /// <summary>The part after "hundred": "[and] five", "[and] twenty-one", "and 21", "and two dozen".</summary>
    private (decimal Value, int End) WithTail(TokenStream s, decimal hundreds, int end)
    {
        var pos = s.Continues(end) && s.IsWordIn(end, lexicon.GroupJoiners, WordRole.GroupJoiner) ? end + 1 : end;
        if (!s.Continues(pos) || !TryBelowHundred(s, pos, wordsOnly: false, out var tail, out var tailEnd)
            || tail <= 0m || tail >= 100m || tail != decimal.Truncate(tail))
        {
            return (hundreds, end);
        }

        // "3 hundred and 2 hundred" are two numbers: a tail never takes its own "hundred".
        if (s.Continues(tailEnd) && s.IsWordIn(tailEnd, lexicon.Hundreds, WordRole.Hundred))
        {
            return (hundreds, end);
        }

        if (s.Continues(tailEnd) && s.IsWordIn(tailEnd, lexicon.Dozens, WordRole.Dozen))
        {
            return (hundreds + (tail * 12m), tailEnd + 1);
        }

        return (hundreds + tail, tailEnd);
    }

    /// <summary>"two hundred point zero three" → 200.03; each word after "point" adds its digits.</summary>
    private (decimal Value, int End) WithSpokenDecimals(TokenStream s, decimal value, int end)
    {
        if (!s.Continues(end) || !s.IsWordIn(end, lexicon.DecimalPoints, WordRole.DecimalPoint))
        {
            return (value, end);
        }

        var digits = new System.Text.StringBuilder();
        var pos = end + 1;
        while (digits.Length < MaxFractionWords && s.Continues(pos) && TryBelowHundred(s, pos, wordsOnly: true, out var part, out var partEnd))
        {
            digits.Append(((int)part).ToString(System.Globalization.CultureInfo.InvariantCulture));
            pos = partEnd;
        }

        if (digits.Length == 0)
        {
            return (value, end);
        }

        var fraction = decimal.Parse("0." + digits, System.Globalization.CultureInfo.InvariantCulture);
        return (value + fraction, pos);
    }

    /// <summary>A digit numeral, or words below a hundred: "seven", "fifteen", "twenty-one", "fifty - two", "twenty one".</summary>
    private bool TryBelowHundred(TokenStream s, int pos, bool wordsOnly, out decimal value, out int end)
    {
        value = 0m;
        end = pos;
        if (!wordsOnly && s.IsNumeral(pos))
        {
            (value, end) = (s[pos].Value, pos + 1);
            return true;
        }

        if (!s.TryWordValue(pos, lexicon.Cardinals, WordRole.Cardinal, out var word))
        {
            return false;
        }

        (value, end) = (word, pos + 1);
        if (word is >= 20 and < 100 && word % 10 == 0)
        {
            var next = s.Continues(end) && s.IsHyphen(end) ? end + 1 : end;
            if (s.Continues(next) && s.TryWordValue(next, lexicon.Cardinals, WordRole.Cardinal, out var unit) && unit is >= 1 and <= 9)
            {
                (value, end) = (word + unit, next + 1);
            }
        }

        return true;
    }

    /// <summary>A magnitude word, possibly stacked upward ("lakh crore", "thousand million").</summary>
    private bool TryScale(TokenStream s, int pos, out decimal scale, out int end)
    {
        scale = 0m;
        end = pos;
        if (!s.Continues(pos) || !s.TryWordValue(pos, lexicon.Scales, WordRole.Scale, out scale))
        {
            return false;
        }

        end = pos + 1;
        while (s.Continues(end) && s.TryWordValue(end, lexicon.Scales, WordRole.Scale, out var next) && next > scale
            && IntervalMath.TryMultiply(scale, next, out var stacked))
        {
            scale = stacked;
            end++;
        }

        return true;
    }

    private bool TryAbbreviation(TokenStream s, int pos, bool afterCurrency, out decimal value)
    {
        value = 0m;
        if (!s.Continues(pos) || !s.IsWord(pos) || !s.MayHave(pos, WordRole.Abbreviation)
            || !lexicon.Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(s.Chars(pos), out var candidates))
        {
            return false;
        }

        var glued = s.Glued(pos);
        foreach (var abbreviation in candidates)
        {
            var caseMatches = !abbreviation.CaseSensitive || s.Chars(pos).SequenceEqual(abbreviation.Text);
            if (caseMatches && (glued || !abbreviation.AttachedOnly) && (afterCurrency || !abbreviation.MoneyOnly))
            {
                value = abbreviation.Value;
                return true;
            }
        }

        return false;
    }

    private static bool IsSingular(TokenStream s, int pos, System.Collections.Frozen.FrozenSet<string> words, WordRole role) =>
        s.IsWordIn(pos, words, role) && !s.Chars(pos).EndsWith("s", StringComparison.OrdinalIgnoreCase);

    private readonly record struct Group(decimal Value, int End, bool IsDigits);
}
