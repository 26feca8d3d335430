using ClaimTracker.Documents;
using ClaimTracker.Recognition.Actors;
using ClaimTracker.Text;

namespace ClaimTracker.Recognition.Locations;

/// <summary>
/// Finds places: gazetteer cities and regions, capitals used as places ("the embassy in Baku"), countries
/// after a locative word ("drones launched from Iran"), a country's territory ("Iranian territory",
/// "Azerbaijan's airspace") and places found by pattern ("Odesa Airport", "the village of Kamianka",
/// "Kharkiv oblast"). A gazetteer place inside a pattern place is reported too, so spans may nest but never
/// partly overlap. Stateless after construction and thread-safe; never throws on any text.
/// </summary>
public sealed class LocationRecognizer
{
    private static readonly Lazy<LocationRecognizer> DefaultInstance = new(() => new LocationRecognizer(Gazetteer.Default));

    private readonly Gazetteer gazetteer;

    /// <summary>Creates a recognizer over the given vocabulary.</summary>
    /// <param name="gazetteer">The places and location patterns to recognize.</param>
    public LocationRecognizer(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        this.gazetteer = gazetteer;
    }

    /// <summary>A recognizer over <see cref="Gazetteer.Default"/>.</summary>
    public static LocationRecognizer Default => DefaultInstance.Value;

    /// <summary>All location mentions in <paramref name="text"/>, in text order.</summary>
    /// <param name="text">Any text; null or empty gives no mentions.</param>
    public IReadOnlyList<LocationMention> Recognize(string text) => Recognize(text, new TextSpan(0, text?.Length ?? 0));

    /// <summary>The location mentions inside <paramref name="window"/> of <paramref name="text"/>, with absolute spans.</summary>
    /// <param name="text">The whole text the spans index.</param>
    /// <param name="window">The part to read; clamped to the text.</param>
    public IReadOnlyList<LocationMention> Recognize(string text, TextSpan window)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        using var scan = TextScan.Of(gazetteer, text, window);
        return RecognizeScan(scan);
    }

    /// <summary>The gazetteer this recognizer reads; an actor recognizer with the same one can share its scan.</summary>
    internal Gazetteer Gazetteer => gazetteer;

    /// <summary>The location mentions of a scan already made (shared with actor recognition).</summary>
    internal IReadOnlyList<LocationMention> RecognizeScan(TextScan scan)
    {
        var places = TokenBuffer<(int First, int End, Location Location)>.Rent();
        try
        {
            for (var k = 0; k < scan.Matches.Length; k++)
            {
                if (PlaceOf(scan, k) is { } place)
                {
                    places.Add(place);
                }
            }

            // In text order, the longer of two places that start together first, a pattern place before a gazetteer place
            // of the same words. Each list is in text order and never starts two places at one token, so they are merged
            // rather than sorted together.
            var patterns = scan.PatternLocations;
            var mentions = new LocationMention[patterns.Count + places.Count];
            var (p, g) = (0, 0);
            for (var i = 0; i < mentions.Length; i++)
            {
                (int First, int End, Location Location) next;
                if (g == places.Count || (p < patterns.Count && (patterns[p].First, -patterns[p].End).CompareTo((places[g].First, -places[g].End)) <= 0))
                {
                    var pattern = patterns[p++];
                    next = (pattern.First, pattern.End, pattern.Location);
                }
                else
                {
                    next = places[g++];
                }

                mentions[i] = new LocationMention(scan.SpanOf(next.First, next.End), scan.TextOf(next.First, next.End), next.Location);
            }

            return mentions;
        }
        finally
        {
            TokenBuffer<(int First, int End, Location Location)>.Return(places);
        }
    }

    private static (int, int, Location)? PlaceOf(TextScan scan, int k)
    {
        var match = scan.Matches[k];
        if (scan.IsPartOfLongerName(match) && !scan.InsidePatternLocation(match))
        {
            return null;
        }

        if (match.Find(LexemeKind.Place)?.Place is { } place && !(match.Has(LexemeKind.Capital) && !scan.IsPlaceContext(match)))
        {
            return (match.First, match.End, place);
        }

        if (match.Find(LexemeKind.Capital) is { Place: { } capital } && scan.IsPlaceContext(match))
        {
            return (match.First, match.End, capital);
        }

        if (match.Country is not { } country || match.Has(LexemeKind.Capital))
        {
            return null;
        }

        var asPlace = new Location(country.Id, country.Name, LocationKind.Country, country.Id);

        // "Iranian territory", "Azerbaijan's airspace"
        var noun = match.Next;
        if ((match.Has(LexemeKind.Demonym) || match.IsPossessive) && noun < scan.Tokens.Length && scan.Tokens[noun].IsWord
            && scan.Gazetteer.TerritoryNouns.Contains(scan.Tokens[noun].Key))
        {
            return (match.First, noun + 1, asPlace);
        }

        return match.Has(LexemeKind.CountryName) && !match.IsPossessive && scan.IsAfterLocative(match.First)
            ? (match.First, match.End, asPlace)
            : null;
    }
}
