using ClaimTracker.Claims.Extraction;
using ClaimTracker.Claims.Quantities;
using ClaimTracker.Documents;
using ClaimTracker.Recognition.Actors;
using ClaimTracker.Text;

namespace ClaimTracker.Claims.Attribution;

/// <summary>
/// Finds attack relations in one sentence with four bounded patterns around an attack word: the subject before it
/// ("Hezbollah fired rockets", "Russian missiles hit", "Israeli strikes", "Tehran's decision to direct drones"),
/// the agent after "by" ("carried out by Hamas"), a weapon's origin ("drones launched from Iranian territory",
/// "UAVs from the armed forces of Iran") and, for "it" after a reporting verb, the speaker ("the ministry said it
/// had struck"). The target is the first actor or place with a country right after the attack word. A negated attack
/// ("launched no drones", "would not be used for attacks") or one without a named attacker yields nothing.
/// </summary>
internal sealed class AttackFinder
{
    private static readonly IReadOnlyList<(int Start, int Length)> NoTriggers = [];
    private static readonly IReadOnlyList<AttackAttribution> NoAttributions = [];

    private const int MaxWeaponDistance = 3;
    private const int MaxNegatorDistance = 8;
    private const int MaxAgentDistance = 9;
    private const int MaxTargetDistance = 6;
    private const int MaxSubjectWalk = 12;

    private readonly AttackLexicon lexicon;
    private readonly UnnamedActorReader unnamed;
    private readonly bool passSentencesWithoutStarts;

    // The cache keys of the per-sentence results: the stance, attribution and date extractors all ask for them.
    private readonly Func<SentenceContext, IReadOnlyList<(int Start, int Length)>> triggers;
    private readonly Func<SentenceContext, IReadOnlyList<AttackAttribution>> attributions;

    /// <param name="lexicon">The vocabulary.</param>
    /// <param name="unnamed">Reads actors named by description ("the group").</param>
    /// <param name="passSentencesWithoutStarts">Whether a sentence with none of <see cref="AttackLexicon.Starts"/> is
    /// passed without looking for attacks, and phrases are tried only at their first words; the result is the same either
    /// way, which tests check by turning it off.</param>
    public AttackFinder(AttackLexicon lexicon, UnnamedActorReader unnamed, bool passSentencesWithoutStarts = true)
    {
        this.lexicon = lexicon;
        this.unnamed = unnamed;
        this.passSentencesWithoutStarts = passSentencesWithoutStarts;
        triggers = FindTriggers;
        attributions = FindAttributions;
    }

    public static AttackFinder Default { get; } = new(AttackLexicon.Default, UnnamedActorReader.Default);

    public AttackLexicon Lexicon => lexicon;

    /// <summary>The attack words of the sentence as (first token, token count), weapon verbs only next to a weapon.</summary>
    public IReadOnlyList<(int Start, int Length)> Triggers(SentenceContext sentence) => MayHaveAttacks(sentence) ? sentence.Memo(triggers) : NoTriggers;

    /// <summary>The attack relations of the sentence.</summary>
    public IReadOnlyList<AttackAttribution> Find(SentenceContext sentence) => MayHaveAttacks(sentence) ? sentence.Memo(attributions) : NoAttributions;

    /// <summary>
    /// Whether the sentence has a start word (or the shortcut is off). Asked before the memo, so the many sentences
    /// without one cost neither a search nor a memo entry.
    /// </summary>
    private bool MayHaveAttacks(SentenceContext sentence) => !passSentencesWithoutStarts || sentence.ContainsAny(lexicon.Starts);

    private IReadOnlyList<(int Start, int Length)> FindTriggers(SentenceContext sentence)
    {
        // Index loops instead of phrase iterators, and lists made only when needed: every sentence with a start word asks.
        List<(int, int)>? triggers = null;
        IReadOnlyList<(int Start, int Length)>? idioms = null;
        var words = sentence.Words;
        var starts = sentence.Membership(lexicon.TriggerStarts);
        for (var start = 0; start < words.Count; start++)
        {
            if ((passSentencesWithoutStarts && !starts.Contains(start)) || !lexicon.Triggers.TryMatch(words, start, out var length, out var kind))
            {
                continue;
            }

            // Idioms are looked for only once the sentence has an attack word for them to hold.
            idioms ??= Idioms(sentence);
            if (!IsInIdiom(idioms, start) && (kind == TriggerKind.Attack || HasWeaponNear(sentence, start, length)))
            {
                (triggers ??= []).Add((start, length));
            }

            start += length - 1;
        }

        return triggers ?? NoTriggers;
    }

    /// <summary>The idioms of the sentence, matched left to right without overlap.</summary>
    private IReadOnlyList<(int Start, int Length)> Idioms(SentenceContext sentence)
    {
        var words = sentence.Words;
        var starts = sentence.Membership(lexicon.NotAttackStarts);
        List<(int Start, int Length)>? idioms = null;
        for (var start = 0; start < words.Count; start++)
        {
            if ((!passSentencesWithoutStarts || starts.Contains(start)) && lexicon.NotAttacks.TryMatch(words, start, out var length, out _))
            {
                (idioms ??= []).Add((start, length));
                start += length - 1;
            }
        }

        return idioms is null ? [] : idioms;
    }

    private static bool IsInIdiom(IReadOnlyList<(int Start, int Length)> idioms, int index)
    {
        for (var i = 0; i < idioms.Count; i++)
        {
            if (index >= idioms[i].Start && index < idioms[i].Start + idioms[i].Length)
            {
                return true;
            }
        }

        return false;
    }

    private IReadOnlyList<AttackAttribution> FindAttributions(SentenceContext sentence)
    {
        // Made at the first relation found: most sentences with an attack word name no attacker.
        List<AttackAttribution>? found = null;
        var triggers = Triggers(sentence);
        for (var t = 0; t < triggers.Count; t++)
        {
            var (start, length) = triggers[t];
            if (IsNegated(sentence, start) || (start + length < sentence.Words.Count && sentence.Words[start + length] is "no" or "none"))
            {
                continue;
            }

            var agent = Agent(sentence, start + length);
            var attackers = agent is not null ? [agent] : Subjects(sentence, start);
            var confidence = agent is not null ? 0.85 : 0.8;
            var attackerEnd = agent is not null ? sentence.TokenAt(agent.Span.End) : start + length;
            if (attackers.Count == 0)
            {
                continue;
            }

            var target = Target(sentence, Math.Max(attackerEnd, start + length), attackers[0], out var targetEnd);
            foreach (var attacker in attackers)
            {
                var first = Math.Min(sentence.TokenAt(attacker.Span.Start), start);
                var last = Math.Max(targetEnd, Math.Max(attackerEnd, start + length) - 1);
                Add(ref found, new AttackAttribution(attacker.Actor, target, sentence.SpanOf(first, last), confidence));
            }
        }

        AddOrigins(sentence, ref found);
        return found ?? NoAttributions;
    }

    /// <summary>"drones launched from Iranian territory", "UAVs from the armed forces of Iran".</summary>
    private void AddOrigins(SentenceContext sentence, ref List<AttackAttribution>? found)
    {
        var words = sentence.Words;
        var weapons = sentence.Membership(lexicon.Weapons);
        for (var i = 0; i < words.Count; i++)
        {
            if (!(passSentencesWithoutStarts ? weapons.Contains(i) : lexicon.Weapons.Contains(words[i])) || IsNegated(sentence, i))
            {
                continue;
            }

            var from = i + 1;
            while (from < words.Count && from - i <= MaxWeaponDistance && lexicon.OriginLinks.Contains(words[from]))
            {
                from++;
            }

            if (from + 1 >= words.Count || words[from] != "from")
            {
                continue;
            }

            var at = words[from + 1] == "the" ? from + 2 : from + 1;
            if (ActorAt(sentence, at) is not { } origin)
            {
                continue;
            }

            var originEnd = sentence.TokenAt(origin.Span.End);
            var isBody = origin.Form == ActorMentionForm.Body;
            var isTerritory = origin.Form == ActorMentionForm.Demonym && originEnd < words.Count && lexicon.TerritoryNouns.Contains(words[originEnd]);
            if (!isBody && !isTerritory)
            {
                continue;
            }

            var afterOrigin = isTerritory ? originEnd + 1 : originEnd;
            var target = Target(sentence, afterOrigin, origin, out var targetEnd);
            Add(ref found, new AttackAttribution(origin.Actor, target, sentence.SpanOf(i, Math.Max(targetEnd, afterOrigin - 1)), 0.75));
        }
    }

    /// <summary>"… carried out by Hamas", "hit by Indian artillery": the actor after a nearby "by".</summary>
    private ActorMention? Agent(SentenceContext sentence, int after)
    {
        var words = sentence.Words;
        for (var i = after; i < words.Count && i - after < MaxAgentDistance; i++)
        {
            if (words[i] == "by")
            {
                var at = i + 1 < words.Count && words[i + 1] == "the" ? i + 2 : i + 1;
                return ActorAt(sentence, at) ?? unnamed.StartingAt(sentence, at);
            }

            // Only a passive chain leads to the agent: in "targeted bases used by X", X used the bases.
            if (!lexicon.AgentLinks.Contains(words[i]))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The actors right before the attack word, over gaps and modifiers, with those joined by "and" or commas.</summary>
    private List<ActorMention> Subjects(SentenceContext sentence, int trigger)
    {
        var subjects = new List<ActorMention>();
        var words = sentence.Words;
        var i = trigger - 1;
        for (var walked = 0; i >= 0 && walked < MaxSubjectWalk; walked++)
        {
            if (ActorAt(sentence, i) is { } actor)
            {
                var first = sentence.TokenAt(actor.Span.Start);
                if (!IsModifier(sentence, actor) && IsObject(sentence, first))
                {
                    return subjects;
                }

                subjects.Add(actor);
                i = first - 1;
                if (i >= 1 && words[i] is "and" or "," && ActorAt(sentence, i - 1) is { } other && !IsObject(sentence, sentence.TokenAt(other.Span.Start)))
                {
                    subjects.Add(other);
                }

                return subjects;
            }

            if (words[i] is "it" or "they" && i > 0 && words[i - 1] is "that" or "said" or "says" or "claimed" or "confirmed" or "announced" or "stated")
            {
                if (ClaimantResolver.Default.Resolve(sentence).Actor is { } speaker)
                {
                    subjects.Add(new ActorMention(sentence.Tokens[i].Span, sentence.Tokens[i].Span.Slice(sentence.Document.Text), speaker, ActorMentionForm.Name));
                }

                return subjects;
            }

            if (unnamed.EndingAt(sentence, i) is { } unnamedActor)
            {
                subjects.Add(unnamedActor);
                return subjects;
            }

            if (i >= 3 && words[i - 1] is "a" or "an" && words[i - 2] == "with" && words[i - 3] == "armed")
            {
                // "a man armed with a knife attacked": the weapon belongs to the subject.
                i -= 2;
                continue;
            }

            if (!IsSkippable(sentence, i))
            {
                return subjects;
            }

            i--;
        }

        return subjects;
    }

    /// <summary>The first actor, or country of a place, within a few words after <paramref name="after"/>, skipping "from"/"by" phrases and the attacker's own side.</summary>
    private Actor? Target(SentenceContext sentence, int after, ActorMention attacker, out int end)
    {
        var words = sentence.Words;
        end = after - 1;
        for (var i = after; i < words.Count && i - after < MaxTargetDistance && !IsClauseBreak(words[i]); i++)
        {
            if (words[i] is "from" or "by")
            {
                i = Math.Max(i, SkipMention(sentence, i + 1));
                continue;
            }

            Recognition.Actors.Actor? candidate = null;
            var candidateEnd = i;
            if (ActorAt(sentence, i) is { } actor)
            {
                candidate = actor.Actor;
                candidateEnd = sentence.TokenAt(actor.Span.End) - 1;
            }
            else if (LocationAt(sentence, i) is { } place && ActorCountries.Country(place.Location.CountryId) is { } country)
            {
                candidate = country;
                candidateEnd = sentence.TokenAt(place.Span.End) - 1;
            }

            if (candidate is null)
            {
                continue;
            }

            if (!ActorCountries.SameSide(candidate, attacker.Actor))
            {
                end = candidateEnd;
                return candidate;
            }

            i = Math.Max(i, candidateEnd);
        }

        return null;
    }

    private int SkipMention(SentenceContext sentence, int i)
    {
        if (i < sentence.Words.Count && sentence.Words[i] == "the")
        {
            i++;
        }

        var mentionEnd = ActorAt(sentence, i)?.Span.End ?? LocationAt(sentence, i)?.Span.End;
        return mentionEnd is { } end ? sentence.TokenAt(end) - 1 : i;
    }

    private bool HasWeaponNear(SentenceContext sentence, int start, int length)
    {
        var words = sentence.Words;
        for (var i = Math.Max(0, start - MaxWeaponDistance); i < Math.Min(words.Count, start + length + MaxWeaponDistance); i++)
        {
            if (i >= start && i < start + length)
            {
                continue;
            }

            if (lexicon.Weapons.Contains(words[i]) || (lexicon.Triggers.TryMatch(words, i, out _, out var kind) && kind == TriggerKind.Attack && i > start))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsNegated(SentenceContext sentence, int index)
    {
        for (var i = index - 1; i >= 0 && index - i <= MaxNegatorDistance; i--)
        {
            var word = sentence.Words[i];
            if (lexicon.ClauseOpeners.Contains(word))
            {
                return false;
            }

            if (lexicon.IsNegator(word))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsSkippable(SentenceContext sentence, int i)
    {
        var word = sentence.Words[i];
        return lexicon.SubjectGaps.Contains(word) || lexicon.Modifiers.Contains(word) || lexicon.Weapons.Contains(word)
            || lexicon.Triggers.TryMatch(sentence.Words, i, out _, out _)
            || sentence.Tokens[i].Kind == TokenKind.Number
            || InsideNumberOrDate(sentence, sentence.Tokens[i].Span);
    }

    // Index loops rather than LINQ: asked at every word a subject walk passes, and a capturing lambda allocates.
    private static bool InsideNumberOrDate(SentenceContext sentence, TextSpan token)
    {
        for (var n = 0; n < sentence.Numbers.Count; n++)
        {
            if (sentence.Numbers[n].Span.Contains(token))
            {
                return true;
            }
        }

        for (var d = 0; d < sentence.Dates.Count; d++)
        {
            if (sentence.Dates[d].Span.Contains(token))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A demonym or possessive modifies the attack noun ("for Israeli attacks", "of Russia's strikes"), whatever precedes it.</summary>
    private static bool IsModifier(SentenceContext sentence, ActorMention actor)
    {
        if (actor.Form == ActorMentionForm.Demonym)
        {
            return true;
        }

        var last = sentence.Words[Math.Max(0, sentence.TokenAt(actor.Span.End - 1))];
        return last.EndsWith("'s", StringComparison.Ordinal) || last.EndsWith("’s", StringComparison.Ordinal);
    }

    /// <summary>An actor after a preposition ("relations with Tehran", "on the Azerbaijani embassy") is not a subject.</summary>
    private bool IsObject(SentenceContext sentence, int first)
    {
        var before = first - 1;
        if (before >= 0 && sentence.Words[before] is "the" or "a" or "an")
        {
            before--;
        }

        return before >= 0 && lexicon.Prepositions.Contains(sentence.Words[before]);
    }

    private static void Add(ref List<AttackAttribution>? found, AttackAttribution attribution)
    {
        found ??= [];
        // An index loop: a lambda capturing the attribution would be made at every relation.
        for (var i = 0; i < found.Count; i++)
        {
            var f = found[i];
            if (ActorCountries.SameSide(f.Attacker, attribution.Attacker)
                && (f.Target is null || attribution.Target is null || ActorCountries.SameSide(f.Target, attribution.Target))
                && f.Quote.Overlaps(attribution.Quote))
            {
                return;
            }
        }

        found.Add(attribution);
    }

    /// <summary>The actor mention that overlaps token <paramref name="index"/> (mentions may end inside a possessive token such as "Tehran's").</summary>
    internal static ActorMention? ActorAt(SentenceContext sentence, int index) => CountReader.ActorOverlapping(sentence, index);

    private static Recognition.Locations.LocationMention? LocationAt(SentenceContext sentence, int index)
    {
        if (index < 0 || index >= sentence.Tokens.Count)
        {
            return null;
        }

        var token = sentence.Tokens[index].Span;
        for (var i = 0; i < sentence.Locations.Count; i++)
        {
            if (sentence.Locations[i].Span.Overlaps(token))
            {
                return sentence.Locations[i];
            }
        }

        return null;
    }

    private static bool IsClauseBreak(string word) => word is "," or ";" or ":" or "." or "—" or "–" or "(" or ")";
}
