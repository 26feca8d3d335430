namespace ClaimTracker.Recognition.Numbers;

/// <summary>Reads one quantity: an optional currency before, a cardinal, then an optional percent or currency word.</summary>
internal sealed class QuantityReader(NumberLexicon lexicon)
{
    private readonly CardinalReader cardinals = new(lexicon);
    private readonly NumeralContext context = new(lexicon);

    public bool TryRead(TokenStream s, int start, out Quantity quantity)
    {
        quantity = default;
        if (!s.Has(start))
        {
            return false;
        }

        var pos = start;
        string? currency = null;
        if (lexicon.CurrencyPrefixes.TryMatch(s, start, out var prefixLength, out var prefixCode) && s.Continues(start + prefixLength))
        {
            currency = prefixCode;
            pos += prefixLength;
        }

        if (!cardinals.TryRead(s, pos, currency is not null, out var cardinal) || !context.IsQuantity(s, cardinal, currency is not null))
        {
            return false;
        }

        var end = cardinal.End;
        var kind = currency is null ? QuantityKind.Count : QuantityKind.Money;
        if (currency is null && s.Continues(end) && lexicon.PercentWords.TryMatch(s, end, out var percentLength, out _))
        {
            kind = QuantityKind.Percentage;
            end += percentLength;
        }
        else if (currency is null && s.Continues(end) && lexicon.CurrencySuffixes.TryMatch(s, end, out var suffixLength, out var suffixCode))
        {
            (kind, currency) = (QuantityKind.Money, suffixCode);
            end += suffixLength;
        }

        quantity = new Quantity(start, end, cardinal, kind, currency);
        return true;
    }
}
