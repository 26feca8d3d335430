using ClaimTracker.Claims.Extraction;
using ClaimTracker.Recognition.Actors;
using ClaimTracker.Recognition.Numbers;
using ClaimTracker.Text;

namespace ClaimTracker.Claims.Quantities;

/// <summary>
/// Finds estimates of how many people of a group live in a country, the kind of number fact-checkers dispute:
/// "Iran's roughly 15–25 million ethnic Azerbaijanis", "Turkey's Kurdish population, estimated at 15 to 20 million",
/// "Millions of ethnic Azerbaijanis live in Iran", "some 2 million Syrian refugees in Turkey". The measure is built
/// from the group and the country's gazetteer name ("ethnic Azerbaijanis in Iran"), so every phrasing of the same
/// estimate has the same subject. A country's own total population ("90 million Iranians") and counts without a
/// country are left out: they cannot be compared reliably.
/// </summary>
/// <param name="lexicon">The vocabulary.</param>
/// <param name="passSentencesWithoutTriggers">Whether a sentence with none of <see cref="QuantityLexicon.Triggers"/> is
/// passed without running the rules; the result is the same either way, which tests check by turning it off.</param>
internal sealed class QuantityExtractor(QuantityLexicon lexicon, bool passSentencesWithoutTriggers = true) : IClaimExtractor
{
    private const double Confidence = 0.8;

    private static readonly HashSet<string> GroupFollowers = new(StringComparer.Ordinal) { "who", "which", "that", "and", "live", "living", "lives", "reside", "residing", "in", "inside", "make", "form", "account", "are" };

    public static QuantityExtractor Default { get; } = new(QuantityLexicon.Default);

    public void Extract(SentenceContext sentence, List<ClaimDraft> drafts)
    {
        if (passSentencesWithoutTriggers && !sentence.ContainsAny(lexicon.Triggers))
        {
            return;
        }

        var i = 0;
        while (i < sentence.Words.Count)
        {
            i = TryCountedGroup(sentence, i, drafts) ?? TryPopulationNoun(sentence, i, drafts) ?? i + 1;
        }
    }

    /// <summary>"Iran's roughly 15–25 million ethnic Azerbaijanis", "Millions of ethnic Azerbaijanis live in Iran", "2 million Syrian refugees in Turkey".</summary>
    private int? TryCountedGroup(SentenceContext sentence, int index, List<ClaimDraft> drafts)
    {
        if (CountReader.At(sentence, index) is not { IsNumber: true } count
            || (count.Value.Qualifier == NumberQualifier.Vague && count.Value.Min < lexicon.MinimumVague))
        {
            return null;
        }

        var words = sentence.Words;
        var start = count.Last + 1;
        if (start < words.Count && words[start] == "of")
        {
            start++;
        }

        if (start < words.Count && lexicon.GroupPrefixes.Contains(words[start]))
        {
            start++;
        }

        string measureHead;
        string? groupHome;
        bool needsCountry;
        int end;
        if (lexicon.Groups.TryMatch(words, start, out var groupLength, out var group) && !IsAttributive(sentence, start, groupLength))
        {
            measureHead = "ethnic " + group.Name;
            groupHome = group.HomeCountry;
            needsCountry = true;
            end = start + groupLength - 1;
        }
        else if (Displaced(sentence, start) is { } displaced)
        {
            measureHead = displaced.Head;
            groupHome = displaced.Origin;
            needsCountry = displaced.Origin is null;
            end = displaced.End;
        }
        else
        {
            return null;
        }

        var owner = HedgeStart(sentence, count.First) - 1;
        var possessive = PossessiveCountry(sentence, owner);
        var residence = possessive is null ? ResidenceCountry(sentence, end + 1) : null;
        var country = possessive ?? residence?.Country;
        if (country is null && needsCountry)
        {
            return null;
        }

        if (country is not null && string.Equals(country.Id, groupHome, StringComparison.Ordinal))
        {
            return end + 1;
        }

        var first = possessive is null ? count.First : owner;
        var last = residence?.End ?? end;
        Add(sentence, drafts, Measure(measureHead, country), count.Value, first, last);
        return last + 1;
    }

    /// <summary>"Turkey's Kurdish population, estimated at 15 to 20 million", "the Azerbaijani community of Iran numbers 20 million".</summary>
    private int? TryPopulationNoun(SentenceContext sentence, int index, List<ClaimDraft> drafts)
    {
        var words = sentence.Words;
        if (!lexicon.PopulationNouns.Contains(words[index]) || GroupEndingAt(sentence, index - 1) is not { } found)
        {
            return null;
        }

        var first = found.Start > 0 && lexicon.GroupPrefixes.Contains(words[found.Start - 1]) ? found.Start - 1 : found.Start;
        var country = PossessiveCountry(sentence, first - 1);
        if (country is not null)
        {
            first--;
        }

        var scan = index + 1;
        if (country is null && scan + 1 < words.Count && words[scan] is "of" or "in"
            && CountReader.ActorOverlapping(sentence, scan + 1) is { Actor.Kind: ActorKind.Country } after)
        {
            country = after.Actor;
            scan = sentence.TokenAt(after.Span.End - 1) + 1;
        }

        if (country is null || string.Equals(country.Id, found.Group.HomeCountry, StringComparison.Ordinal))
        {
            return null;
        }

        for (var k = scan; k < words.Count && k - index <= lexicon.MaxLinkDistance && words[k] is not (";" or "." or ":"); k++)
        {
            if (lexicon.Links.Contains(words[k]) && CountReader.At(sentence, k + 1) is { IsNumber: true } count)
            {
                Add(sentence, drafts, Measure("ethnic " + found.Group.Name, country), count.Value, first, count.Last);
                return count.Last + 1;
            }
        }

        return null;
    }

    /// <summary>
    /// An adjective form followed by another word ("Azerbaijani citizens") names that noun, not the group. Plural forms
    /// ("Kurds", "Azerbaijanis") are the group itself; forms without a plural ending are read as adjectives to stay safe.
    /// </summary>
    private static bool IsAttributive(SentenceContext sentence, int start, int length)
    {
        var next = start + length;
        return !sentence.Words[next - 1].EndsWith('s')
            && next < sentence.Words.Count
            && sentence.Tokens[next].Kind == TokenKind.Word
            && !GroupFollowers.Contains(sentence.Words[next]);
    }

    /// <summary>"Syrian refugees", "refugees", "internally displaced people", with the demonym's country as origin.</summary>
    private (string Head, string? Origin, int End)? Displaced(SentenceContext sentence, int start)
    {
        var origin = CountReader.ActorOverlapping(sentence, start) is { Form: ActorMentionForm.Demonym, Actor.Kind: ActorKind.Country } demonym ? demonym : null;
        var nounStart = origin is null ? start : sentence.TokenAt(origin.Span.End - 1) + 1;
        if (!lexicon.Displaced.TryMatch(sentence.Words, nounStart, out var length, out var name))
        {
            return null;
        }

        var head = origin is null ? name : $"{origin.Text} {name}";
        return (head, origin?.Actor.Id, nounStart + length - 1);
    }

    /// <summary>Where the hedge words right before a count begin ("roughly" in "roughly 15–25 million"), or the count's start.</summary>
    private int HedgeStart(SentenceContext sentence, int countStart)
    {
        for (var start = Math.Max(0, countStart - 2); start < countStart; start++)
        {
            if (lexicon.Hedges.TryMatch(sentence.Words, start, out var length, out _) && start + length == countStart)
            {
                return start;
            }
        }

        return countStart;
    }

    private (int Start, PeopleGroup Group)? GroupEndingAt(SentenceContext sentence, int end)
    {
        for (var start = end; start >= 0 && end - start < 2; start--)
        {
            if (lexicon.Groups.TryMatch(sentence.Words, start, out var length, out var group) && start + length - 1 == end)
            {
                return (start, group);
            }
        }

        return null;
    }

    private (Actor Country, int End)? ResidenceCountry(SentenceContext sentence, int start)
    {
        if (!lexicon.Residence.TryMatch(sentence.Words, start, out var length, out _)
            || CountReader.ActorOverlapping(sentence, start + length) is not { Actor.Kind: ActorKind.Country } country)
        {
            return null;
        }

        return (country.Actor, sentence.TokenAt(country.Span.End - 1));
    }

    private static Actor? PossessiveCountry(SentenceContext sentence, int index) =>
        CountReader.IsPossessive(sentence, index) && CountReader.ActorOverlapping(sentence, index) is { Actor.Kind: ActorKind.Country } country
            ? country.Actor
            : null;

    private static string Measure(string head, Actor? country) => country is null ? head : $"{head} in {country.Name}";

    private static void Add(SentenceContext sentence, List<ClaimDraft> drafts, string measure, NumberValue count, int first, int last) =>
        drafts.Add(new ClaimDraft(ClaimKind.Quantity, measure, new QuantityValue(measure, count), sentence.SpanOf(first, last), Confidence));
}
