using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using ClaimTracker.Claims.Attribution;
using ClaimTracker.Claims.Extraction;
using ClaimTracker.Recognition.Dates;

namespace ClaimTracker.Claims.Dates;

/// <summary>
/// Drafts "event date" claims from resolved dates that date an attack. Every attack word of a sentence (attack verbs
/// and nouns, weapons, blasts, a casualty word next to a number) belongs to the nearest date of the sentence; a date
/// that owns one is an event date unless a word of another event (a visit, a meeting, a statement) stands nearer to
/// it ("on Monday after Sunday's shelling": Monday dates the burial). A short sentence that opens with a date and
/// holds no event of its own dates the attack of the next sentence ("Less than 24 hours later, …" followed by "Two
/// drones struck …"). Unresolved and future dates are skipped.
/// </summary>
/// <param name="vocabulary">The vocabulary.</param>
/// <param name="attacks">Finds the attack words.</param>
/// <param name="passSentencesWithoutAttackWords">Whether a sentence with none of <see cref="AttackWords"/> is passed
/// before its anchors are looked for, and anchor words are answered from the sentence's word sets; the result is the same
/// either way, which tests check by turning it off.</param>
internal sealed class EventDateExtractor(EventDateVocabulary vocabulary, AttackFinder attacks, bool passSentencesWithoutAttackWords = true) : IClaimExtractor
{
    public const string Subject = "event date";

    private const int MaxAnchorDistance = 12;
    private const int MaxCasualtyNumberDistance = 3;
    private const int MaxStatementDistance = 2;
    private const int MaxOpeningSentenceWords = 25;
    private const int MaxOpeningPosition = 3;
    private const int MaxStackDates = 32;
    private const int NotOwned = int.MaxValue;

    public static EventDateExtractor Default { get; } = new(EventDateVocabulary.Default, AttackFinder.Default);

    /// <summary>
    /// The words an attack anchor begins with: the attack words' first words and the weapons, the first words of the
    /// attack context and the casualty words. A date is an event date only in a sentence with an attack anchor, so a
    /// sentence without any of these words is passed after one lookup per word.
    /// </summary>
    public FrozenSet<string> AttackWords { get; } =
        attacks.Lexicon.Starts.Concat(vocabulary.AttackContextStarts).Concat(vocabulary.CasualtyWords).ToFrozenSet(StringComparer.Ordinal);

    public void Extract(SentenceContext sentence, List<ClaimDraft> drafts)
    {
        // A sentence without a date can only take the opening date of the sentence before: most sentences have neither,
        // and are passed before their anchors are looked for.
        if (sentence.Words.Count == 0 || (sentence.Dates.Count == 0 && !MayOpenWithDate(sentence.Previous))
            || (passSentencesWithoutAttackWords && !sentence.ContainsAny(AttackWords)))
        {
            return;
        }

        var anchors = Anchors(sentence);
        if (!HasAttack(anchors))
        {
            return;
        }

        if (sentence.Dates.Count == 0)
        {
            if (OpeningDate(sentence.Previous) is { } opening)
            {
                drafts.Add(Draft(opening, 0.6));
            }

            return;
        }

        // Index loops rather than LINQ, and the dates' token ranges and owned distances on the stack: every sentence with a
        // date and an attack word comes here, and a sentence has few dates.
        var dates = sentence.Dates;
        Span<int> firsts = dates.Count <= MaxStackDates ? stackalloc int[dates.Count] : new int[dates.Count];
        Span<int> lasts = dates.Count <= MaxStackDates ? stackalloc int[dates.Count] : new int[dates.Count];
        for (var d = 0; d < dates.Count; d++)
        {
            firsts[d] = sentence.TokenAt(dates[d].Span.Start);
            lasts[d] = sentence.TokenAt(dates[d].Span.End - 1);
        }

        // Per date, the distance of the nearest attack word it owns; NotOwned when it owns none.
        Span<int> owned = dates.Count <= MaxStackDates ? stackalloc int[dates.Count] : new int[dates.Count];
        owned.Fill(NotOwned);
        foreach (var (index, isAttack) in anchors)
        {
            if (!isAttack)
            {
                continue;
            }

            // The nearest date; on a tie the date after the attack word wins (English puts the date after the event: "the
            // bombing … since 2019"), and then the first listed.
            var nearest = 0;
            var nearestDistance = Distance(index, firsts[0], lasts[0]);
            for (var r = 1; r < dates.Count; r++)
            {
                var distance = Distance(index, firsts[r], lasts[r]);
                if (distance < nearestDistance || (distance == nearestDistance && firsts[nearest] < index && firsts[r] >= index))
                {
                    nearest = r;
                    nearestDistance = distance;
                }
            }

            if (nearestDistance <= MaxAnchorDistance)
            {
                owned[nearest] = Math.Min(owned[nearest], nearestDistance);
            }
        }

        for (var d = 0; d < dates.Count; d++)
        {
            var date = dates[d];
            if (owned[d] == NotOwned || !IsUsable(sentence, date))
            {
                continue;
            }

            var otherEvent = int.MaxValue;
            foreach (var (index, isAttack) in anchors)
            {
                otherEvent = isAttack ? otherEvent : Math.Min(otherEvent, Distance(index, firsts[d], lasts[d]));
            }

            if (otherEvent >= owned[d])
            {
                drafts.Add(Draft(date, date.Granularity == DateGranularity.Approximate ? 0.6 : 0.8));
            }
        }
    }

    private static bool HasAttack(List<(int Index, bool IsAttack)> anchors)
    {
        foreach (var (_, isAttack) in anchors)
        {
            if (isAttack)
            {
                return true;
            }
        }

        return false;
    }

    private static ClaimDraft Draft(DateMention date, double confidence) =>
        new(ClaimKind.EventDate, Subject, new EventDateValue(date.Value!.Value, date.Granularity), date.Span, confidence);

    private static bool MayOpenWithDate([NotNullWhen(true)] SentenceContext? previous) =>
        previous is not null && previous.Words.Count <= MaxOpeningSentenceWords && previous.Dates.Count == 1;

    /// <summary>A resolved date near the start of a short sentence with no event of its own.</summary>
    private DateMention? OpeningDate(SentenceContext? previous)
    {
        if (!MayOpenWithDate(previous) || Anchors(previous).Count > 0)
        {
            return null;
        }

        var date = previous.Dates[0];
        return previous.TokenAt(date.Span.Start) <= MaxOpeningPosition && IsUsable(previous, date) ? date : null;
    }

    private bool IsUsable(SentenceContext sentence, DateMention date)
    {
        if (date.Value is not { } value || (sentence.Document.Published is { } published && value.Start > published))
        {
            return false;
        }

        var last = sentence.TokenAt(date.Span.End - 1);
        return last >= sentence.Words.Count || !vocabulary.ReferenceEndings.Contains(sentence.Words[last]);
    }

    private List<(int Index, bool IsAttack)> Anchors(SentenceContext sentence)
    {
        var words = sentence.Words;
        var anchors = new List<(int, bool)>();
        var triggers = attacks.Triggers(sentence);
        for (var t = 0; t < triggers.Count; t++)
        {
            var (start, length) = triggers[t];
            for (var i = start; i < start + length; i++)
            {
                anchors.Add((i, true));
            }
        }

        // Phrase matches are walked with index loops, not an iterator per sentence: every sentence with a date asks. The
        // word sets are answered from the sentence's one lookup per word.
        var attackContext = sentence.Membership(vocabulary.AttackContextStarts);
        for (var start = 0; start < words.Count; start++)
        {
            if ((!passSentencesWithoutAttackWords || attackContext.Contains(start)) && vocabulary.AttackContext.TryMatch(words, start, out var length, out _))
            {
                anchors.Add((start, true));
                start += length - 1;
            }
        }

        var reporting = sentence.Membership(CueLexicon.Default.ReportingVerbStarts);
        for (var start = 0; start < words.Count; start++)
        {
            if ((!passSentencesWithoutAttackWords || reporting.Contains(start)) && CueLexicon.Default.ReportingVerbs.TryMatch(words, start, out var length, out _))
            {
                // A statement claims only the date right beside it ("said on Tuesday"), not one a clause away.
                if (HasDateNear(sentence, start + length - 1))
                {
                    anchors.Add((start + length - 1, false));
                }

                start += length - 1;
            }
        }

        var weapons = sentence.Membership(attacks.Lexicon.Weapons);
        var casualtyWords = sentence.Membership(vocabulary.CasualtyWords);
        var otherEvents = sentence.Membership(vocabulary.OtherEvents);
        for (var i = 0; i < words.Count; i++)
        {
            if (IsIn(weapons, attacks.Lexicon.Weapons, words, i) || (IsIn(casualtyWords, vocabulary.CasualtyWords, words, i) && HasNumberNear(sentence, i)))
            {
                anchors.Add((i, true));
            }
            else if (IsIn(otherEvents, vocabulary.OtherEvents, words, i))
            {
                anchors.Add((i, false));
            }
        }

        return anchors;
    }

    /// <summary>Whether word <paramref name="index"/> is in <paramref name="set"/>: from the sentence's word sets, or with the shortcut off from the set.</summary>
    private bool IsIn(WordMembership members, FrozenSet<string> set, IReadOnlyList<string> words, int index) =>
        passSentencesWithoutAttackWords ? members.Contains(index) : set.Contains(words[index]);

    private static bool HasDateNear(SentenceContext sentence, int index)
    {
        for (var d = 0; d < sentence.Dates.Count; d++)
        {
            var span = sentence.Dates[d].Span;
            if (Distance(index, sentence.TokenAt(span.Start), sentence.TokenAt(span.End - 1)) <= MaxStatementDistance)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasNumberNear(SentenceContext sentence, int index)
    {
        for (var n = 0; n < sentence.Numbers.Count; n++)
        {
            var span = sentence.Numbers[n].Span;
            if (Distance(index, sentence.TokenAt(span.Start), sentence.TokenAt(span.End - 1)) <= MaxCasualtyNumberDistance)
            {
                return true;
            }
        }

        return false;
    }

    private static int Distance(int index, int first, int last) =>
        index < first ? first - index : index > last ? index - last : 0;
}
