using ClaimTracker.Recognition.Locations;

namespace ClaimTracker.Recognition.Actors;

/// <summary>
/// Finds places by pattern so that names never seen still count: a capitalised name followed by a head
/// ("Odesa Airport", "Kharkiv oblast", "Baku–Tbilisi–Ceyhan oil pipeline") or preceded by one
/// ("the village of Kamianka", "embassy in Tehran"). Heads, prefixes and modifiers are data.
/// </summary>
internal sealed class LocationPatternMatcher(TextScan scan)
{
    private const int MaxNameWords = 4;
    private const int MaxModifiers = 2;

    // The lower-case kind names that begin pattern place ids, made once rather than for every candidate.
    private static readonly string[] KindNames = Enum.GetNames<LocationKind>().Select(name => name.ToLowerInvariant()).ToArray();

    private ReadOnlySpan<WordToken> Tokens => scan.Tokens;

    public List<PatternLocation> FindAll()
    {
        var candidates = new List<PatternLocation>();
        var tokens = Tokens;
        var remembered = scan.RemembersWordStarts;
        for (var i = 0; i < tokens.Length; i++)
        {
            // Nearly every word begins no pattern: it is passed without a lookup and without reaching its word.
            var starts = (remembered ? tokens[i].MayStartPattern : tokens[i].IsWord) ? scan.StartsAt(i) : GazetteerStarts.None;
            if (starts.PatternAfter is not null
                && scan.Gazetteer.PatternsAfter.TryFindLongest(tokens, i, starts.PatternAfter, out var headLength, out var heads)
                && NameHead(i, headLength, heads[0]) is { } headed)
            {
                candidates.Add(headed);
            }

            if (starts.PatternBefore is not null
                && scan.Gazetteer.PatternsBefore.TryFindLongest(tokens, i, starts.PatternBefore, out var prefixLength, out var prefixes)
                && PrefixedName(i, prefixLength, prefixes[0]) is { } prefixed)
            {
                candidates.Add(prefixed);
            }
        }

        return Resolve(candidates);
    }

    private PatternLocation? NameHead(int head, int headLength, LocationKind kind)
    {
        var nameEnd = head;
        var modifiers = 0;
        while (nameEnd > 0 && modifiers < MaxModifiers && Tokens[nameEnd - 1].IsWord
            && scan.Gazetteer.FacilityModifiers.Contains(Tokens[nameEnd - 1].Key) && !Tokens[nameEnd - 1].IsCapitalised)
        {
            nameEnd--;
            modifiers++;
        }

        var nameFirst = ReadNameBackward(nameEnd);
        if (nameFirst == nameEnd || Tokens[head].LineBreakBefore)
        {
            return null;
        }

        // "Iranian territory" or "the Azerbaijani exclave" name a country, not a region of its own.
        var isCountryWord = scan.MatchAt(nameFirst) is var m and >= 0 && scan.Matches[m] is var nameMatch
            && nameMatch.First == nameFirst && nameMatch.End == nameEnd
            && (nameMatch.Has(LexemeKind.Demonym) || nameMatch.Has(LexemeKind.CountryName));
        if (isCountryWord && kind != LocationKind.Facility)
        {
            return null;
        }

        return Build(nameFirst, head + headLength, kind, nameFirst, nameEnd);
    }

    private PatternLocation? PrefixedName(int prefix, int prefixLength, LocationKind kind)
    {
        var nameFirst = prefix + prefixLength;
        var nameEnd = ReadNameForward(nameFirst);
        // "the village of Kamianka" is named Kamianka; "embassy in Tehran" keeps its whole phrase.
        return nameEnd == nameFirst ? null : Build(prefix, nameEnd, kind, nameFirst, nameEnd, namedByName: kind != LocationKind.Facility);
    }

    private int ReadNameBackward(int end)
    {
        var first = end;
        var words = 0;
        while (first > 0 && words < MaxNameWords && IsNameWord(first - 1) && !Tokens[first].LineBreakBefore)
        {
            first--;
            words++;
            if (first >= 2 && Tokens[first - 1].IsDash && !Tokens[first].SpaceBefore && !Tokens[first - 1].SpaceBefore
                && IsNameWord(first - 2))
            {
                first--;
            }
        }

        return first;
    }

    private int ReadNameForward(int first)
    {
        var end = first;
        var words = 0;
        while (end < Tokens.Length && words < MaxNameWords && IsNameWord(end) && (end == first || !Tokens[end].LineBreakBefore))
        {
            end++;
            words++;
            if (end + 1 < Tokens.Length && Tokens[end].IsDash && !Tokens[end].SpaceBefore && !Tokens[end + 1].SpaceBefore
                && IsNameWord(end + 1))
            {
                end++;
            }
        }

        return end;
    }

    private bool IsNameWord(int token)
    {
        var t = Tokens[token];
        if (!t.IsCapitalised || scan.Gazetteer.NonNameWords.Contains(t.Text))
        {
            return false;
        }

        // Titles, honorifics and bodies end a place name: "President Biden Airport" is not a place name run.
        var match = scan.MatchAt(token);
        if (match < 0)
        {
            return true;
        }

        var phrase = scan.Matches[match];
        return !(phrase.Has(LexemeKind.Title) || phrase.Has(LexemeKind.Honorific) || phrase.Has(LexemeKind.Body)) || phrase.IsPossessive;
    }

    private PatternLocation Build(int first, int end, LocationKind kind, int nameFirst, int nameEnd, bool namedByName = false)
    {
        var name = namedByName ? NameOf(nameFirst, nameEnd) : NameOf(first, end);
        return new PatternLocation(first, end, new Location(IdOf(kind, name), name, kind, CountryOf(first, nameFirst, nameEnd)));
    }

    private static string IdOf(LocationKind kind, string name) =>
        ((uint)kind < (uint)KindNames.Length ? KindNames[(int)kind] : kind.ToString().ToLowerInvariant()) + "/" + Slug.Of(name);

    /// <summary>The words of tokens [<paramref name="first"/>, <paramref name="end"/>) with each run of whitespace made one space.</summary>
    private string NameOf(int first, int end)
    {
        // Names are nearly always written with single spaces, and then the text itself is the name.
        for (var t = first + 1; t < end; t++)
        {
            var gap = Tokens[t].Start - Tokens[t - 1].End;
            if (gap > 1 || (gap == 1 && scan.Text[Tokens[t].Start - 1] != ' '))
            {
                return string.Join(' ', scan.TextOf(first, end).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            }
        }

        return scan.TextOf(first, end);
    }

    /// <summary>The country of the first known place in the name, else of a country word right before.</summary>
    private string? CountryOf(int first, int nameFirst, int nameEnd)
    {
        for (var t = nameFirst; t < nameEnd; t++)
        {
            if (scan.MatchAt(t) is var m and >= 0)
            {
                var match = scan.Matches[m];
                var country = match.Country?.Id ?? match.Find(LexemeKind.Place)?.Place?.CountryId;
                if (country is not null)
                {
                    return country;
                }
            }
        }

        var before = scan.MatchAt(first - 1);
        return before >= 0 && scan.Matches[before].Next == first ? scan.Matches[before].Country?.Id : null;
    }

    /// <summary>
    /// Keeps non-overlapping candidates, earliest and longest first. A headed facility whose head starts a
    /// prefixed one ("Azerbaijani embassy" + "embassy in Tehran") becomes one place, located by the prefix.
    /// Candidates arrive in token order, so only near neighbours can overlap.
    /// </summary>
    private List<PatternLocation> Resolve(List<PatternLocation> candidates)
    {
        // Most texts name no place by pattern.
        if (candidates.Count == 0)
        {
            return candidates;
        }

        var merged = new PatternLocation[candidates.Count];
        for (var c = 0; c < candidates.Count; c++)
        {
            var candidate = candidates[c];
            var joined = JoinedWith(candidates, c);
            if (joined is not null)
            {
                var name = NameOf(candidate.First, joined.End);
                var country = joined.Location.CountryId ?? candidate.Location.CountryId;
                candidate = new PatternLocation(candidate.First, joined.End, new Location(IdOf(joined.Location.Kind, name), name, joined.Location.Kind, country));
            }

            merged[c] = candidate;
        }

        // Earliest first, then longest first, otherwise in the order found: a stable sort.
        var order = new (int First, int NegatedLength, int Index)[merged.Length];
        for (var c = 0; c < merged.Length; c++)
        {
            order[c] = (merged[c].First, -(merged[c].End - merged[c].First), c);
        }

        Array.Sort(order);
        var kept = new List<PatternLocation>();
        foreach (var (_, _, index) in order)
        {
            var candidate = merged[index];
            if (kept.Count == 0 || candidate.First >= kept[^1].End)
            {
                kept.Add(candidate);
            }
        }

        return kept;
    }

    /// <summary>The first of the next few candidates that starts inside candidate <paramref name="c"/>, ends after it and is of its kind.</summary>
    private static PatternLocation? JoinedWith(List<PatternLocation> candidates, int c)
    {
        var candidate = candidates[c];
        for (var o = c + 1; o < candidates.Count && o <= c + MaxNameWords; o++)
        {
            var other = candidates[o];
            if (other.First > candidate.First && other.First < candidate.End && other.End > candidate.End
                && other.Location.Kind == candidate.Location.Kind)
            {
                return other;
            }
        }

        return null;
    }
}
