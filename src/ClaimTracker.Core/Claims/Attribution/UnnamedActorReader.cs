using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using ClaimTracker.Claims.Extraction;
using ClaimTracker.Recognition.Actors;
using ClaimTracker.Resources;
using ClaimTracker.Text;
using Newtonsoft.Json;

namespace ClaimTracker.Claims.Attribution;

/// <summary>
/// Reads actors the gazetteer cannot list: armed groups named by a capitalized name with a group word ("the Tihama
/// Brigades", "Jaish al-Wadi") or after a group noun ("the armed group Liwa X"), and unidentified attackers ("a
/// gunman", "an armed attacker"). Only used where the grammar already says an actor stands (a subject, an agent
/// after "by"), so a capitalized place name elsewhere is never taken for a group.
/// </summary>
internal sealed class UnnamedActorReader
{
    private const int MaxNameWords = 5;
    private const int MaxSentencesBack = 3;

    private readonly FrozenSet<string> _groupWords;
    private readonly FrozenSet<string> _groupNouns;
    private readonly FrozenSet<string> _particles;
    private readonly PhraseSet<string> _perpetrators;

    private UnnamedActorReader(UnnamedActorData data)
    {
        _groupWords = data.GroupWords.Select(w => w.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
        _groupNouns = data.GroupNouns.Select(w => w.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
        _particles = data.NameParticles.Select(w => w.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
        _perpetrators = new PhraseSet<string>(data.Perpetrators.SelectMany(p => p.Value.Select(phrase => (phrase, p.Key))));
    }

    public static UnnamedActorReader Default { get; } = new(EmbeddedData.Read<UnnamedActorData>("Claims/Attribution/unnamed-actors.json"));

    /// <summary>An actor whose mention ends at token <paramref name="last"/> (walking back from a verb).</summary>
    public ActorMention? EndingAt(SentenceContext sentence, int last)
    {
        for (var length = 1; length <= 3 && last - length + 1 >= 0; length++)
        {
            var first = last - length + 1;
            if (_perpetrators.TryMatch(sentence.Words, first, out var matched, out var name) && matched == length)
            {
                return Perpetrator(sentence, first, last, name);
            }
        }

        if (!IsNameWord(sentence, last, allowParticle: false))
        {
            return null;
        }

        var start = last;
        while (start - 1 >= 0 && last - start + 1 < MaxNameWords && IsNameWord(sentence, start - 1, allowParticle: true))
        {
            start--;
        }

        while (start < last && _particles.Contains(sentence.Words[start]))
        {
            start++;
        }

        return Group(sentence, start, last);
    }

    /// <summary>"the group", "the militia": the last armed group named in this sentence or the few before.</summary>
    public ActorMention? GroupReferredToAt(SentenceContext sentence, int index)
    {
        if (index < 1 || index >= sentence.Words.Count || !_groupNouns.Contains(sentence.Words[index]) || sentence.Words[index - 1] != "the")
        {
            return null;
        }

        var before = sentence.Tokens[index - 1].Span.Start;
        var current = sentence;
        for (var back = 0; current is not null && back <= MaxSentencesBack; back++, current = current.Previous)
        {
            ActorMention? last = null;
            for (var i = 0; i < current.Words.Count && current.Tokens[i].Span.End <= before; i++)
            {
                var group = current.Actors.FirstOrDefault(a => a.Actor.Kind == ActorKind.ArmedGroup && a.Span.Start == current.Tokens[i].Span.Start)
                    ?? (char.IsUpper(current.Tokens[i].Span.Slice(current.Document.Text)[0]) ? StartingAt(current, i) : null);
                if (group is not null && group.Actor.Kind == ActorKind.ArmedGroup)
                {
                    last = group;
                    i = current.TokenAt(group.Span.End) - 1;
                }
            }

            if (last is not null)
            {
                return last;
            }
        }

        return null;
    }

    /// <summary>An actor whose mention starts at token <paramref name="first"/> (reading an agent after "by").</summary>
    public ActorMention? StartingAt(SentenceContext sentence, int first)
    {
        if (_perpetrators.TryMatch(sentence.Words, first, out var length, out var name))
        {
            return Perpetrator(sentence, first, first + length - 1, name);
        }

        if (!IsNameWord(sentence, first, allowParticle: false))
        {
            return null;
        }

        var last = first;
        while (last + 1 < sentence.Words.Count && last - first + 1 < MaxNameWords && IsNameWord(sentence, last + 1, allowParticle: true))
        {
            last++;
        }

        while (last > first && _particles.Contains(sentence.Words[last]))
        {
            last--;
        }

        return Group(sentence, first, last);
    }

    private ActorMention? Group(SentenceContext sentence, int first, int last)
    {
        var hasGroupWord = false;
        var hasOwnName = false;
        for (var i = first; i <= last; i++)
        {
            var isGroupWord = _groupWords.Contains(sentence.Words[i]);
            hasGroupWord |= isGroupWord;
            hasOwnName |= !isGroupWord && !_particles.Contains(sentence.Words[i]);
        }

        // "the Brigades" alone refers back to a group named earlier; only a name of its own identifies one.
        var afterGroupNoun = first > 0 && _groupNouns.Contains(sentence.Words[first - 1]);
        if (!hasOwnName || (!hasGroupWord && !afterGroupNoun))
        {
            return null;
        }

        var span = sentence.SpanOf(first, last);
        var text = span.Slice(sentence.Document.Text);
        var actor = new Actor("group/" + Slug(text), text, ActorKind.ArmedGroup, null, null);
        return new ActorMention(span, text, actor, ActorMentionForm.Name);
    }

    private static ActorMention Perpetrator(SentenceContext sentence, int first, int last, string name)
    {
        var span = sentence.SpanOf(first, last);
        return new ActorMention(span, span.Slice(sentence.Document.Text), new Actor("unknown/" + name, name, ActorKind.Person, null, null), ActorMentionForm.Name);
    }

    private bool IsNameWord(SentenceContext sentence, int index, bool allowParticle)
    {
        if (index < 0 || index >= sentence.Tokens.Count)
        {
            return false;
        }

        var token = sentence.Tokens[index];
        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        // Only its letters' case is read: a span of the document, not a copy, at every word asked.
        var text = sentence.Document.Text.AsSpan(token.Span.Start, token.Span.Length);
        var word = sentence.Words[index];
        var dash = word.IndexOf('-', StringComparison.Ordinal);
        var particleJoined = dash > 0 && _particles.Contains(word[..dash]) && dash + 1 < text.Length && char.IsUpper(text[dash + 1]);
        return (char.IsUpper(text[0]) && !string.Equals(word, "the", StringComparison.Ordinal)) || particleJoined || (allowParticle && _particles.Contains(word));
    }

    private static string Slug(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            slug.Append(char.IsLetterOrDigit(c) ? c : '-');
        }

        return slug.ToString().Trim('-').ToString(CultureInfo.InvariantCulture);
    }

    private sealed record UnnamedActorData(
        [property: JsonProperty("groupWords")] IReadOnlyList<string> GroupWords,
        [property: JsonProperty("groupNouns")] IReadOnlyList<string> GroupNouns,
        [property: JsonProperty("nameParticles")] IReadOnlyList<string> NameParticles,
        [property: JsonProperty("perpetrators")] IReadOnlyDictionary<string, IReadOnlyList<string>> Perpetrators);
}
