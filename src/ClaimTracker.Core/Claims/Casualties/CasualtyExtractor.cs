using ClaimTracker.Claims.Extraction;
using ClaimTracker.Claims.Quantities;
using ClaimTracker.Recognition.Actors;
using ClaimTracker.Recognition.Numbers;
using ClaimTracker.Text;

namespace ClaimTracker.Claims.Casualties;

/// <summary>
/// Finds counts of people killed or injured: a count with its victims and a casualty word after it ("two civilians
/// were injured", "five fatalities", "many civilians who lost their lives"), an active verb with its object ("killing
/// five people", "wounding two guards", "killed a member of …", a named victim "killing head of security John Doe"),
/// a result verb ("left 13 people dead"), a single subject ("the gunman … was shot dead"), a running toll ("the death
/// toll rose to 14") and negated zeros ("no one was hurt" is injured 0, "no casualties" is killed 0 and injured 0).
/// "Five people were shot, one fatally" is read as killed 1 and injured 4: "shot" counts as injured unless fatal, and
/// the fatal part is moved to the killed count so the two never overlap.
/// </summary>
/// <param name="lexicon">The vocabulary.</param>
/// <param name="passSentencesWithoutTriggers">Whether a sentence with none of <see cref="CasualtyLexicon.Triggers"/> is
/// passed without running the rules, and each word is tried only against the phrase tables it starts (<see cref="CasualtyLexicon.ActiveStarts"/>
/// and the like); the result is the same either way, which tests check by turning it off.</param>
internal sealed class CasualtyExtractor(CasualtyLexicon lexicon, bool passSentencesWithoutTriggers = true) : IClaimExtractor
{
    private const int MaxVictimModifiers = 2;
    private const int MaxAuxiliaries = 5;
    private const int MaxTollDistance = 16;
    private const int MaxNamedVictimDistance = 6;
    private const int MaxAppositionLength = 10;
    private const double ExplicitConfidence = 0.9;
    private const double BareCountConfidence = 0.8;
    private const double SingleSubjectConfidence = 0.6;
    private const double OrdinalConfidence = 0.6;

    private static readonly HashSet<string> NamedVictimStops = new(StringComparer.Ordinal)
    {
        "in", "at", "on", "by", "during", "when", "after", "before", "with", "from", "and", "or", "as", "while", "near", "inside", "outside",
    };

    public static CasualtyExtractor Default { get; } = new(CasualtyLexicon.Default);

    public void Extract(SentenceContext sentence, List<ClaimDraft> drafts)
    {
        if (passSentencesWithoutTriggers && !sentence.ContainsAny(lexicon.Triggers))
        {
            return;
        }

        // Which words a zero or a toll phrase took; made only when one is found, since most sentences have neither.
        bool[]? consumed = null;
        ReadZeros(sentence, sentence.Membership(lexicon.ZeroStarts), drafts, ref consumed);
        ReadTolls(sentence, sentence.Membership(lexicon.TollStarts), drafts, ref consumed);
        var active = sentence.Membership(lexicon.ActiveStarts);
        var result = sentence.Membership(lexicon.ResultStarts);
        var i = 0;
        while (i < sentence.Words.Count)
        {
            i = consumed?[i] == true
                ? i + 1
                : TryCountFirst(sentence, i, drafts)
                    ?? (MayStart(active, i) ? TryActive(sentence, i, drafts) : null)
                    ?? (MayStart(result, i) ? TryResult(sentence, i, drafts) : null)
                    ?? TrySingleSubject(sentence, i, drafts) ?? i + 1;
        }
    }

    /// <summary>
    /// Whether a phrase table may match at a word: its first words hold the word. With the shortcut off every table is
    /// tried at every word (a table's match needs its first word, so the result is the same).
    /// </summary>
    private bool MayStart(WordMembership starts, int index) => !passSentencesWithoutTriggers || starts.Contains(index);

    private void ReadZeros(SentenceContext sentence, WordMembership starts, List<ClaimDraft> drafts, ref bool[]? consumed)
    {
        var start = 0;
        while (start < sentence.Words.Count)
        {
            if (!MayStart(starts, start) || !lexicon.Zero.TryMatch(sentence.Words, start, out var length, out var types))
            {
                start++;
                continue;
            }

            foreach (var type in types)
            {
                drafts.Add(Draft(sentence, type, null, NumberValue.Exactly(0), start, start + length - 1, ExplicitConfidence, Modality.Negated));
            }

            Array.Fill(consumed ??= new bool[sentence.Words.Count], true, start, length);
            start += length;
        }
    }

    /// <summary>"the death toll rose to 14", "the number of people killed in … has risen to seven".</summary>
    private void ReadTolls(SentenceContext sentence, WordMembership starts, List<ClaimDraft> drafts, ref bool[]? consumed)
    {
        var words = sentence.Words;
        var start = 0;
        while (start < words.Count)
        {
            if (!MayStart(starts, start) || !lexicon.Tolls.TryMatch(words, start, out var length, out var type))
            {
                start++;
                continue;
            }

            for (var k = start + length; k < words.Count && k - start <= MaxTollDistance && words[k] is not (";" or "." or ":"); k++)
            {
                if (lexicon.TollVerbs.TryMatch(words, k, out var verbLength, out _)
                    && CountReader.At(sentence, k + verbLength) is { IsNumber: true } count)
                {
                    drafts.Add(Draft(sentence, type, null, count.Value, start, count.Last, ExplicitConfidence));
                    Array.Fill(consumed ??= new bool[words.Count], true, start, count.Last - start + 1);
                    break;
                }
            }

            start += length;
        }
    }

    /// <summary>"two civilians were injured", "17 were wounded", "many civilians who had lost their lives", "a fifth person who had also been shot".</summary>
    private int? TryCountFirst(SentenceContext sentence, int index, List<ClaimDraft> drafts)
    {
        if (CountReader.At(sentence, index) is not { } count)
        {
            return null;
        }

        var (victims, afterVictims) = ReadVictims(sentence, count.Last + 1, allowOf: count.IsNumber);
        if (victims is null && !count.IsNumber)
        {
            return null;
        }

        var wordIndex = CountReader.SkipAuxiliaries(sentence, afterVictims, MaxAuxiliaries);
        if (!lexicon.After.TryMatch(sentence.Words, wordIndex, out var length, out var matched) || matched is not { } type)
        {
            return null;
        }

        var last = wordIndex + length - 1;
        if (count.Form == CountForm.Ordinal)
        {
            // "a fifth person who had also been shot": the fifth victim means five so far.
            drafts.Add(Draft(sentence, type, victims, NumberValue.Exactly(count.Rank ?? 1), index, last, OrdinalConfidence));
            return last + 1;
        }

        return AddCount(sentence, drafts, type, victims, count, index, last);
    }

    /// <summary>Adds a count, split in two when a fatal part follows ("Five people were shot, one fatally" → killed 1, injured 4).</summary>
    private int AddCount(SentenceContext sentence, List<ClaimDraft> drafts, CasualtyType type, string? victims, CountPhrase count, int first, int last)
    {
        var confidence = victims is null ? BareCountConfidence : ExplicitConfidence;
        if (type == CasualtyType.Injured && count.Value.IsExact && FatalPart(sentence, last + 1) is { } fatal && fatal.Count.Value.Min < count.Value.Min)
        {
            drafts.Add(Draft(sentence, CasualtyType.Killed, victims, fatal.Count.Value, fatal.Count.First, fatal.Last, confidence));
            drafts.Add(Draft(sentence, CasualtyType.Injured, victims, NumberValue.Exactly(count.Value.Min - fatal.Count.Value.Min), first, last, confidence));
            return fatal.Last + 1;
        }

        drafts.Add(Draft(sentence, type, victims, count.Value, first, last, confidence));
        return last + 1;
    }

    /// <summary>"killing five people", "wounding two guards", "killed a member of …", "killing head of security John Doe".</summary>
    private int? TryActive(SentenceContext sentence, int index, List<ClaimDraft> drafts)
    {
        if (!lexicon.Active.TryMatch(sentence.Words, index, out var length, out var matched) || matched is not { } type)
        {
            return null;
        }

        var objectStart = index + length;
        if (CountReader.At(sentence, objectStart) is { Form: not CountForm.Ordinal } count)
        {
            var (victims, afterVictims) = ReadVictims(sentence, count.Last + 1, allowOf: count.IsNumber);
            if (victims is null && !count.IsNumber)
            {
                return null;
            }

            return AddCount(sentence, drafts, type, victims, count, index, afterVictims - 1);
        }

        if (NamedVictim(sentence, objectStart) is { } named)
        {
            drafts.Add(Draft(sentence, type, named.Name, NumberValue.Exactly(1), index, named.Last, ExplicitConfidence));
            return named.Last + 1;
        }

        return null;
    }

    /// <summary>"left 13 people dead", "leaving three dead".</summary>
    private int? TryResult(SentenceContext sentence, int index, List<ClaimDraft> drafts)
    {
        if (!lexicon.Result.TryMatch(sentence.Words, index, out var length, out _)
            || CountReader.At(sentence, index + length) is not { IsNumber: true } count)
        {
            return null;
        }

        var (victims, afterVictims) = ReadVictims(sentence, count.Last + 1, allowOf: true);
        if (!lexicon.After.TryMatch(sentence.Words, afterVictims, out var wordLength, out var matched) || matched is not { } type)
        {
            return null;
        }

        var last = afterVictims + wordLength - 1;
        drafts.Add(Draft(sentence, type, victims, count.Value, index, last, ExplicitConfidence));
        return last + 1;
    }

    /// <summary>"The suspected shooter, a local man, was shot dead", "who was killed by police": one victim.</summary>
    private int? TrySingleSubject(SentenceContext sentence, int index, List<ClaimDraft> drafts)
    {
        var words = sentence.Words;
        if (words[index] != "was" || index == 0)
        {
            return null;
        }

        var wordIndex = CountReader.SkipAuxiliaries(sentence, index + 1, MaxAuxiliaries);
        if (!lexicon.After.TryMatch(words, wordIndex, out var length, out var matched) || matched is not { } type
            || SingularSubject(sentence, index - 1) is not { } subject)
        {
            return null;
        }

        var victims = subject.Actor?.Name ?? (words[subject.Index] is "he" or "she" or "who" ? null : words[subject.Index]);
        var last = wordIndex + length - 1;
        drafts.Add(Draft(sentence, type, victims, NumberValue.Exactly(1), subject.Index, last, SingleSubjectConfidence));
        return last + 1;
    }

    /// <summary>The subject ending at <paramref name="end"/>, directly or before a comma-bounded apposition.</summary>
    private (int Index, Actor? Actor)? SingularSubject(SentenceContext sentence, int end)
    {
        var words = sentence.Words;
        if (lexicon.SingularSubjects.Contains(words[end]))
        {
            return (end, null);
        }

        if (CountReader.ActorOverlapping(sentence, end) is { Actor.Kind: ActorKind.Person } person)
        {
            return (sentence.TokenAt(person.Span.Start), person.Actor);
        }

        if (words[end] != ",")
        {
            return null;
        }

        for (var k = end - 1; k > 0 && end - k <= MaxAppositionLength; k--)
        {
            if (words[k] == ",")
            {
                return lexicon.SingularSubjects.Contains(words[k - 1]) ? (k - 1, null) : null;
            }
        }

        return null;
    }

    /// <summary>The victims noun after a count ("civilians", "dock workers", "of sailors"), and the index after what was read.</summary>
    private (string? Victims, int Next) ReadVictims(SentenceContext sentence, int start, bool allowOf)
    {
        var words = sentence.Words;
        if (allowOf && start < words.Count && words[start] == "of")
        {
            var afterOf = start + 1 < words.Count && words[start + 1] == "the" ? start + 2 : start + 1;
            if (VictimsAt(sentence, afterOf) is { } ofVictims)
            {
                return ofVictims;
            }
        }

        return VictimsAt(sentence, start) is { } victims ? victims : (null, start);
    }

    private (string Victims, int Next)? VictimsAt(SentenceContext sentence, int start)
    {
        var words = sentence.Words;
        for (var i = start; i < words.Count && i - start <= MaxVictimModifiers; i++)
        {
            if (lexicon.Victims.TryMatch(words, i, out var length, out _))
            {
                var first = start;
                while (first < i && !IsLowerCaseWord(sentence, first))
                {
                    first++;
                }

                return (JoinWords(words, first, i + length), i + length);
            }

            if (sentence.Tokens[i].Kind != TokenKind.Word
                || CountReader.IsAuxiliaryOrAdverb(words[i]) || lexicon.After.TryMatch(words, i, out _, out _) || words[i] is "and" or "or" or "of")
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The words from <paramref name="first"/> up to <paramref name="end"/> joined by spaces. Most victims are one word,
    /// which is returned as it is; longer ones are written straight into the new string, with no array of parts.
    /// </summary>
    private static string JoinWords(IReadOnlyList<string> words, int first, int end)
    {
        if (end - first == 1)
        {
            return words[first];
        }

        var length = end - first - 1;
        for (var k = first; k < end; k++)
        {
            length += words[k].Length;
        }

        return string.Create(length, (words, first, end), static (chars, state) =>
        {
            var at = 0;
            for (var k = state.first; k < state.end; k++)
            {
                if (k > state.first)
                {
                    chars[at++] = ' ';
                }

                state.words[k].AsSpan().CopyTo(chars[at..]);
                at += state.words[k].Length;
            }
        });
    }

    /// <summary>
    /// A person named right after an active verb, past lower-case titles ("head of security John Doe", "Iran's Supreme
    /// Leader …"): a recognized person or office, or else a run of two or more capitalized words that no other actor covers.
    /// </summary>
    private static (string Name, int Last)? NamedVictim(SentenceContext sentence, int start)
    {
        for (var i = start; i < sentence.Words.Count && i - start < MaxNamedVictimDistance; i++)
        {
            if (sentence.Tokens[i].Kind != TokenKind.Word || NamedVictimStops.Contains(sentence.Words[i]))
            {
                return null;
            }

            var actor = CountReader.ActorOverlapping(sentence, i);
            if (actor is { Actor.Kind: ActorKind.Person or ActorKind.Office })
            {
                // A person's full name may follow the office ("Grand Ayatollah Ali al-Sistani"): quote up to the last of them.
                var last = LastNameOfOffice(sentence, actor);
                return (last.Actor.Name, sentence.TokenAt(last.Span.End - 1));
            }

            if (actor is null && CapitalizedRunEnd(sentence, i) is { } end && end > i)
            {
                return (sentence.SpanOf(i, end).Slice(sentence.Document.Text), end);
            }
        }

        return null;
    }

    /// <summary>
    /// The last person or office starting within <paramref name="office"/> or right after it, else the office itself; an
    /// index loop, since a lambda capturing the office would be made at every word the caller walks.
    /// </summary>
    private static ActorMention LastNameOfOffice(SentenceContext sentence, ActorMention office)
    {
        for (var k = sentence.Actors.Count - 1; k >= 0; k--)
        {
            var a = sentence.Actors[k];
            if (a.Span.Start >= office.Span.Start && a.Span.Start <= office.Span.End + 1 && a.Actor.Kind is ActorKind.Person or ActorKind.Office)
            {
                return a;
            }
        }

        return office;
    }

    private static int? CapitalizedRunEnd(SentenceContext sentence, int start)
    {
        int? end = null;
        for (var i = start; i < sentence.Words.Count && IsCapitalizedWord(sentence, i) && CountReader.ActorOverlapping(sentence, i) is null or { Actor.Kind: ActorKind.Person }; i++)
        {
            end = i;
        }

        return end;
    }

    private static bool IsCapitalizedWord(SentenceContext sentence, int index)
    {
        var token = sentence.Tokens[index];
        return token.Kind == TokenKind.Word && char.IsUpper(sentence.Document.Text[token.Span.Start]);
    }

    /// <summary>", one fatally" after an injured count.</summary>
    private (CountPhrase Count, int Last)? FatalPart(SentenceContext sentence, int index)
    {
        if (index >= sentence.Words.Count || sentence.Words[index] != ","
            || CountReader.At(sentence, index + 1) is not { IsNumber: true, Value.IsExact: true } count
            || !lexicon.FatalSplit.TryMatch(sentence.Words, count.Last + 1, out var length, out _))
        {
            return null;
        }

        return (count, count.Last + length);
    }

    private static bool IsLowerCaseWord(SentenceContext sentence, int index)
    {
        var token = sentence.Tokens[index];
        return token.Kind == TokenKind.Word && !char.IsUpper(sentence.Document.Text[token.Span.Start]);
    }

    private static ClaimDraft Draft(SentenceContext sentence, CasualtyType type, string? victims, NumberValue count, int first, int last, double confidence, Modality? modality = null)
    {
        var subject = type == CasualtyType.Killed ? "people killed" : "people injured";
        return new ClaimDraft(ClaimKind.Casualties, subject, new CasualtyValue(type, victims, count), sentence.SpanOf(first, last), confidence, modality);
    }
}
