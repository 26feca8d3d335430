using ClaimTracker.Documents;
using ClaimTracker.Text;

namespace ClaimTracker.Recognition.Numbers;

/// <summary>
/// Walks the tokens left to right and, at each position, tries the longest kind of mention first: an opened
/// range ("between 40 and 65"), a cued number ("more than 90 million"), a plain number or range ("15–20 million",
/// "40–65%"), a vague quantity ("several", "tens of thousands"), an ordinal. A found mention is skipped over, so
/// mentions never overlap and each token is tried a bounded number of times.
/// </summary>
/// <param name="lexicon">The vocabulary.</param>
/// <param name="passNonStarters">Whether words and symbols outside <see cref="NumberLexicon.MentionStarts"/>, and tokens with no
/// number in reach, are passed without asking the readers; the result is the same either way, which tests check by
/// turning it off.</param>
/// <param name="shareExactValues">Whether exact whole numbers take their value from <see cref="SharedExactValues"/> rather than
/// a new one each; the mentions are the same either way, which tests check by turning it off.</param>
internal sealed class MentionScanner(NumberLexicon lexicon, bool passNonStarters = true, bool shareExactValues = true)
{
    /// <summary>The words that every mention holds one of: numerals aside, a cardinal, ordinal, magnitude or vague quantity.</summary>
    private const WordRole NumberRoles =
        WordRole.Cardinal | WordRole.Ordinal | WordRole.Scale | WordRole.Hundred | WordRole.Dozen | WordRole.QuantityPhrase;

    /// <summary>The longest mention text taken from <see cref="WordPool"/>; longer ones are rarely repeated.</summary>
    private const int MaxPooledTextLength = 8;

    private readonly QuantityReader quantities = new(lexicon);

    /// <summary>
    /// How far after its first token a mention's number can lie: a cue, opener or "percent of" phrase, then a currency,
    /// then "a" before "hundred", "million" or "dozen". Every other reader starts at its number.
    /// </summary>
    private readonly int numberReach = Math.Max(Math.Max(lexicon.RangeOpeners.MaxLength, lexicon.PercentOfPrefixes.MaxLength), lexicon.PrefixCues.MaxLength)
        + lexicon.CurrencyPrefixes.MaxLength + 1;

    public NumberMention[] Scan(TokenStream s) => Scan(s, null);

    /// <summary>
    /// The mentions of the whole stream, in text order, but for those overlapping <paramref name="taken"/>: they are
    /// still found, since a mention's extent decides where the next one may start, but no mention is made of them.
    /// </summary>
    public NumberMention[] Scan(TokenStream s, SpanSet? taken)
    {
        var found = TokenBuffer<Finding>.Rent();
        try
        {
            Find(s, found);

            // Counted first, so the result is made once at its size.
            var count = 0;
            foreach (var finding in found)
            {
                count += taken is not null && taken.Overlaps(SpanOf(s, finding)) ? 0 : 1;
            }

            var mentions = new NumberMention[count];
            count = 0;
            foreach (var finding in found)
            {
                var span = SpanOf(s, finding);
                if (taken is null || !taken.Overlaps(span))
                {
                    mentions[count++] = ToMention(s, finding, span);
                }
            }

            return mentions;
        }
        finally
        {
            TokenBuffer<Finding>.Return(found);
        }
    }

    /// <summary>Appends the findings of the whole stream to <paramref name="found"/>, in text order.</summary>
    private void Find(TokenStream s, List<Finding> found)
    {
        var nextNumber = -1;
        var i = 0;
        while (i < s.Count)
        {
            if (passNonStarters && (s.IsWord(i) || s.IsKind(i, NumeralTokenKind.Symbol)) && !s.IsIn(i, lexicon.MentionStarts, WordRole.MentionStart))
            {
                i++;
            }
            else if (passNonStarters && !NumberWithinReach(s, i, ref nextNumber))
            {
                i++;
            }
            else if (TryMentionAt(s, i, out var finding))
            {
                AddMergingBounds(s, found, finding);
                i = finding.End;
            }
            else
            {
                i++;
            }
        }

    }

    /// <summary>Whether a numeral or number word lies within <see cref="numberReach"/> tokens from <paramref name="i"/>.</summary>
    /// <param name="s">The tokens.</param>
    /// <param name="i">The position, never less than at the previous call.</param>
    /// <param name="next">The first number at or after the previous position, kept between calls so the scan stays linear.</param>
    private bool NumberWithinReach(TokenStream s, int i, ref int next)
    {
        if (next < i)
        {
            next = i;
            while (next < s.Count && !s.IsNumeral(next) && !s.MayHave(next, NumberRoles))
            {
                next++;
            }
        }

        return next <= i + numberReach && next < s.Count;
    }

    private bool TryMentionAt(TokenStream s, int i, out Finding found) =>
        TryOpenedRange(s, i, out found)
        || TryPercentOf(s, i, out found)
        || TryCued(s, i, out found)
        || TryCompoundOrdinal(s, i, out found)
        || TryPlain(s, i, out found)
        || TryVague(s, i, out found)
        || TryOrdinal(s, i, out found);

    /// <summary>"between 40 and 65", "from 1,000 to 1,500".</summary>
    private bool TryOpenedRange(TokenStream s, int i, out Finding found)
    {
        found = default;
        foreach (var (length, joiners) in lexicon.RangeOpeners.MatchesAt(s, i))
        {
            if (s.Continues(i + length) && quantities.TryRead(s, i + length, out var low) && s.Continues(low.End)
                && joiners.TryMatch(s, low.End, out var joinerLength, out _) && s.Continues(low.End + joinerLength)
                && quantities.TryRead(s, low.End + joinerLength, out var high) && TryCombine(low, high, false, out var range))
            {
                found = AsFinding(range with { Start = i });
                return true;
            }
        }

        return false;
    }

    /// <summary>"percent of 10", "per cent of twenty-two".</summary>
    private bool TryPercentOf(TokenStream s, int i, out Finding found)
    {
        found = default;
        if (!lexicon.PercentOfPrefixes.TryMatch(s, i, out var length, out _) || !s.Continues(i + length)
            || !TryQuantityOrRange(s, i + length, out var reading) || reading.Kind != QuantityKind.Count)
        {
            return false;
        }

        found = AsFinding(reading with { Start = i, Kind = QuantityKind.Percentage });
        return true;
    }

    /// <summary>"about 40", "more than 90 million", "up to 30", "less than 5000 or equal".</summary>
    private bool TryCued(TokenStream s, int i, out Finding found)
    {
        found = default;
        if (GluedToComparisonSymbol(s, i))
        {
            return false;
        }

        foreach (var (length, cue) in lexicon.PrefixCues.MatchesAt(s, i))
        {
            if (!s.Continues(i + length) || !TryQuantityOrRange(s, i + length, out var reading))
            {
                continue;
            }

            // A range already states its spread: "roughly 15–25 million" is the range 15–25 million.
            found = reading.IsRange
                ? AsFinding(reading)
                : WithSuffix(s, new Finding(i, reading.End, Cued(cue, reading), reading.Kind, reading.Currency), reading, hasPrefix: true);
            return true;
        }

        return false;
    }

    private bool TryPlain(TokenStream s, int i, out Finding found)
    {
        found = default;
        if (!TryQuantityOrRange(s, i, out var reading))
        {
            return false;
        }

        found = reading.IsRange ? AsFinding(reading) : WithSuffix(s, AsFinding(reading), reading, hasPrefix: false);
        return true;
    }

    /// <summary>"several", "a few hundred", "tens of thousands", "dozens", "many".</summary>
    private bool TryVague(TokenStream s, int i, out Finding found)
    {
        found = default;
        foreach (var (length, phrase) in lexicon.QuantityPhrases.MatchesAt(s, i))
        {
            var end = i + length;
            if (phrase.RequiresNext is { } required && !(s.Continues(end) && s.IsWord(end) && s.Chars(end).Equals(required, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            if (s.Continues(i) && s.IsWordIn(i - 1, phrase.NotAfter))
            {
                continue;
            }

            var (min, max) = (phrase.Min, phrase.Max);
            if (phrase.Scalable && s.Continues(end) && TryMagnitudeWord(s, end, out var magnitude)
                && IntervalMath.TryMultiply(min, magnitude, out var scaledMin) && IntervalMath.TryMultiply(max ?? 0m, magnitude, out var scaledMax))
            {
                (min, max, end) = (scaledMin, max is null ? null : scaledMax, end + 1);
            }

            var (kind, currency, unitEnd) = UnitAfter(s, end);
            found = new Finding(i, unitEnd, new NumberValue(min, max, phrase.Qualifier), kind, currency);
            return true;
        }

        return false;
    }

    /// <summary>"twenty-first", "thirty second".</summary>
    private bool TryCompoundOrdinal(TokenStream s, int i, out Finding found)
    {
        found = default;
        if (!s.TryWordValue(i, lexicon.Cardinals, WordRole.Cardinal, out var tens) || tens < 20 || tens > 90 || tens % 10 != 0)
        {
            return false;
        }

        var next = s.Continues(i + 1) && s.IsHyphen(i + 1) ? i + 2 : i + 1;
        if (!s.Continues(next) || !s.TryWordValue(next, lexicon.Ordinals, WordRole.Ordinal, out var unit) || unit < 1 || unit > 9)
        {
            return false;
        }

        found = new Finding(i, next + 1, Exactly(tens + unit), QuantityKind.Ordinal, null);
        return true;
    }

    /// <summary>"second", "4th", "21st".</summary>
    private bool TryOrdinal(TokenStream s, int i, out Finding found)
    {
        found = default;
        if (s.IsNumeral(i) && s.Glued(i + 1) && s.IsWordIn(i + 1, lexicon.OrdinalSuffixes, WordRole.OrdinalSuffix)
            && !(s.Glued(i) && s.IsWord(i - 1)) && s[i].Value == decimal.Truncate(s[i].Value))
        {
            found = new Finding(i, i + 2, Exactly(s[i].Value), QuantityKind.Ordinal, null);
            return true;
        }

        if (s.TryWordValue(i, lexicon.Ordinals, WordRole.Ordinal, out var value))
        {
            found = new Finding(i, i + 1, Exactly(value), QuantityKind.Ordinal, null);
            return true;
        }

        return false;
    }

    /// <summary>One quantity, or two joined into a range ("15–20 million", "40 to 65", "two or three").</summary>
    private bool TryQuantityOrRange(TokenStream s, int i, out Reading reading)
    {
        reading = default;
        if (!quantities.TryRead(s, i, out var low))
        {
            return false;
        }

        foreach (var (length, isAlternative) in lexicon.RangeJoiners.MatchesAt(s, low.End))
        {
            var hyphen = s.IsHyphen(low.End);
            if (!s.Continues(low.End) || !s.Continues(low.End + length) || (hyphen && HyphenLinkBefore(s, low.Start)))
            {
                break;
            }

            if (quantities.TryRead(s, low.End + length, out var high) && !(hyphen && HyphenLinkAfter(s, high.End))
                && TryCombine(low, high, isAlternative, out reading))
            {
                return true;
            }
        }

        // "1995-01" or "3-2": digits glued by a hyphen that are no range are a date, a score or an id.
        if (s.IsNumeral(low.Number.Start) && (NumeralContext.IsHyphenPair(s, low.Number.Start) || NumeralContext.IsHyphenPair(s, low.Number.End - 1)))
        {
            return false;
        }

        reading = new Reading(low.Start, low.End, low.Value, low.Value, false, low.Kind, low.Currency, IntervalMath.Precision(low.Value));
        return true;
    }

    /// <summary>
    /// Joins two quantities into a range. A unit on either side applies to both ("40–65%", "$15–20 million"); a magnitude
    /// on the right applies to the left when the left is the smaller bare number ("15–20 million" but "900,000 to 2 million").
    /// </summary>
    private static bool TryCombine(Quantity low, Quantity high, bool isAlternative, out Reading range)
    {
        range = default;
        if (low.HasUnit && high.HasUnit && (low.Kind != high.Kind || low.Currency != high.Currency))
        {
            return false;
        }

        var kind = high.HasUnit ? high.Kind : low.Kind;
        var currency = high.Currency ?? low.Currency;
        var min = low.Value;
        if (!low.Number.HasMagnitude && high.Number.Multiplier > 1m && min < high.Number.Head
            && IntervalMath.TryMultiply(min, high.Number.Multiplier, out var scaled))
        {
            min = scaled;
        }

        var max = high.Value;
        // "two or three" is a range; "10 bln or 10 tln" are alternatives of different size, not a range.
        if (min >= max || (isAlternative && max > 2m * min))
        {
            return false;
        }

        range = new Reading(low.Start, high.End, min, max, true, kind, currency,
            Math.Max(IntervalMath.Precision(min), IntervalMath.Precision(max)));
        return true;
    }

    private Finding WithSuffix(TokenStream s, Finding found, Reading reading, bool hasPrefix)
    {
        if (!s.Continues(reading.End))
        {
            return found;
        }

        foreach (var (length, suffix) in lexicon.SuffixCues.MatchesAt(s, reading.End))
        {
            if (AnotherMentionStartsWithin(s, reading.End, length))
            {
                continue;
            }

            var end = reading.End + length;
            var value = reading.Min;
            var qualifier = found.Value.Qualifier;
            Finding? result = (suffix.Effect, qualifier) switch
            {
                (SuffixEffect.OrMore, NumberQualifier.Exact) => found with { End = end, Value = new NumberValue(value, null, NumberQualifier.AtLeast) },
                (SuffixEffect.OrLess, NumberQualifier.Exact) => found with { End = end, Value = new NumberValue(0m, value, NumberQualifier.AtMost) },
                // "about 500 or more": the explicit bound wins over the hedge.
                (SuffixEffect.OrMore, NumberQualifier.Approximate) => new Finding(reading.Start, end, new NumberValue(value, null, NumberQualifier.AtLeast), found.Kind, found.Currency),
                (SuffixEffect.OrLess, NumberQualifier.Approximate) => new Finding(reading.Start, end, new NumberValue(0m, value, NumberQualifier.AtMost), found.Kind, found.Currency),
                (SuffixEffect.OrEqual, NumberQualifier.MoreThan) => found with { End = end, Value = new NumberValue(value, null, NumberQualifier.AtLeast) },
                (SuffixEffect.OrEqual, NumberQualifier.LessThan) => found with { End = end, Value = new NumberValue(0m, value, NumberQualifier.AtMost) },
                (SuffixEffect.Approximate, NumberQualifier.Exact) when !hasPrefix => found with { End = end, Value = Approximately(reading, suffix.Lower, suffix.Upper) },
                _ => null,
            };
            if (result is { } applied)
            {
                return applied;
            }
        }

        return found;
    }

    /// <summary>"200 or greater than 190": the suffix is really the start of the next mention, so it is not a suffix.</summary>
    private bool AnotherMentionStartsWithin(TokenStream s, int suffixStart, int length)
    {
        for (var p = suffixStart + 1; p <= suffixStart + length; p++)
        {
            if (quantities.TryRead(s, p, out _))
            {
                return true;
            }

            foreach (var (cueLength, _) in lexicon.PrefixCues.MatchesAt(s, p))
            {
                if (quantities.TryRead(s, p + cueLength, out _))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private NumberValue Cued(PrefixCue cue, Reading reading) => cue.Qualifier switch
    {
        NumberQualifier.Approximate => Approximately(reading, cue.Lower, cue.Upper),
        NumberQualifier.MoreThan or NumberQualifier.AtLeast => new NumberValue(reading.Min, null, cue.Qualifier),
        NumberQualifier.AtMost or NumberQualifier.LessThan => new NumberValue(0m, reading.Min, cue.Qualifier),
        _ => Exactly(reading.Min),
    };

    private static NumberValue Approximately(Reading reading, decimal lower, decimal upper)
    {
        var (min, max) = IntervalMath.Widen(reading.Min, reading.Precision, lower, upper);
        return new NumberValue(min, max, NumberQualifier.Approximate);
    }

    /// <summary>"&lt;&gt;30", "=&gt;30": a comparison sign glued to another one is no cue.</summary>
    private static bool GluedToComparisonSymbol(TokenStream s, int i) =>
        s.IsKind(i, NumeralTokenKind.Symbol) && s.Glued(i) && s.IsKind(i - 1, NumeralTokenKind.Symbol) && s.Chars(i - 1)[0] is '<' or '>' or '=';

    private bool HyphenLinkBefore(TokenStream s, int start) =>
        s.IsHyphen(start - 1) && s.Glued(start) && s.Glued(start - 1) && IsNumberToken(s, start - 2);

    private bool HyphenLinkAfter(TokenStream s, int end) =>
        s.IsHyphen(end) && s.Glued(end) && s.Glued(end + 1) && IsNumberToken(s, end + 1);

    private bool IsNumberToken(TokenStream s, int index) =>
        s.IsNumeral(index) || s.IsKind(index, NumeralTokenKind.Opaque) || (s.IsWord(index) && lexicon.IsNumberWord(s.Chars(index)));

    private bool TryMagnitudeWord(TokenStream s, int index, out decimal magnitude)
    {
        magnitude = 0m;
        if (s.TryWordValue(index, lexicon.Scales, WordRole.Scale, out magnitude))
        {
            return true;
        }

        var word = s.Chars(index);
        if (s.IsWordIn(index, lexicon.Hundreds, WordRole.Hundred) && !word.EndsWith("s", StringComparison.OrdinalIgnoreCase))
        {
            magnitude = 100m;
            return true;
        }

        if (s.IsWordIn(index, lexicon.Dozens, WordRole.Dozen) && !word.EndsWith("s", StringComparison.OrdinalIgnoreCase))
        {
            magnitude = 12m;
            return true;
        }

        return false;
    }

    private (QuantityKind Kind, string? Currency, int End) UnitAfter(TokenStream s, int end)
    {
        if (s.Continues(end) && lexicon.PercentWords.TryMatch(s, end, out var percentLength, out _))
        {
            return (QuantityKind.Percentage, null, end + percentLength);
        }

        if (s.Continues(end) && lexicon.CurrencySuffixes.TryMatch(s, end, out var currencyLength, out var code))
        {
            return (QuantityKind.Money, code, end + currencyLength);
        }

        return (QuantityKind.Count, null, end);
    }

    /// <summary>"more than 10 and less than 40" is one range; "more than 40 and less than 10" stays two bounds.</summary>
    private void AddMergingBounds(TokenStream s, List<Finding> found, Finding next)
    {
        if (found.Count > 0 && TryMergeBounds(s, found[^1], next, out var merged))
        {
            found[^1] = merged;
            return;
        }

        found.Add(next);
    }

    private bool TryMergeBounds(TokenStream s, Finding first, Finding second, out Finding merged)
    {
        merged = default;
        if (first.Kind != second.Kind || first.Currency != second.Currency || second.Start - first.End is < 1 or > 3)
        {
            return false;
        }

        var (lower, upper) = IsLowerBound(first) && IsUpperBound(second) ? (first, second)
            : IsUpperBound(first) && IsLowerBound(second) ? (second, first)
            : (default, default);
        if (lower.End == 0 || upper.Value.Max is not { } max || lower.Value.Min >= max)
        {
            return false;
        }

        var joiner = new System.Text.StringBuilder();
        for (var k = first.End; k < second.Start; k++)
        {
            if (!s.Continues(k))
            {
                return false;
            }

            joiner.Append(k > first.End && !s.Glued(k) ? " " : "").Append(s.Chars(k));
        }

        if (!s.Continues(second.Start) || !lexicon.BoundJoiners.Contains(joiner.ToString()))
        {
            return false;
        }

        merged = new Finding(first.Start, second.End, new NumberValue(lower.Value.Min, max, NumberQualifier.Range), first.Kind, first.Currency);
        return true;
    }

    private static bool IsLowerBound(Finding f) => f.Value.Qualifier is NumberQualifier.MoreThan or NumberQualifier.AtLeast;

    private static bool IsUpperBound(Finding f) => f.Value.Qualifier is NumberQualifier.LessThan or NumberQualifier.AtMost;

    private Finding AsFinding(Reading reading) => new(
        reading.Start,
        reading.End,
        reading.IsRange ? new NumberValue(reading.Min, reading.Max, NumberQualifier.Range) : Exactly(reading.Min),
        reading.Kind,
        reading.Currency);

    private static TextSpan SpanOf(TokenStream s, Finding f) => new(s[f.Start].Start, s[f.End - 1].End);

    private static NumberMention ToMention(TokenStream s, Finding f, TextSpan span)
    {
        // A finding's value is already normal when it was written without decimals, nearly always: it is kept.
        var value = IntervalMath.IsNormal(f.Value.Min) && (f.Value.Max is not { } written || IntervalMath.IsNormal(written))
            ? f.Value
            : new NumberValue(IntervalMath.Normalize(f.Value.Min), f.Value.Max is { } max ? IntervalMath.Normalize(max) : null, f.Value.Qualifier);
        // Most mentions are a short word or numeral news repeats ("two", "40", "2023"): their text is the thread's pooled string.
        var quote = span.Length <= MaxPooledTextLength ? WordPool.Intern(s.Text.AsSpan(span.Start, span.Length)).Text : span.Slice(s.Text);
        return new NumberMention(span, quote, value, f.Kind, f.Currency);
    }

    private NumberValue Exactly(decimal value) => shareExactValues ? SharedExactValues.Of(value) : NumberValue.Exactly(value);
}
