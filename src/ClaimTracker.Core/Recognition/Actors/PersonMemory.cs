using System.Runtime.InteropServices;
using ClaimTracker.Text;

namespace ClaimTracker.Recognition.Actors;

/// <summary>
/// Per-text memory of people named by title patterns: mentions of the same person ("President Biden",
/// "U.S. President Joe Biden") share the richest actor, and a bare surname anywhere in the text
/// ("Biden said") becomes a mention of that person unless another given name stands before it
/// ("Hunter Biden") or two different people share the surname.
/// </summary>
internal sealed class PersonMemory(TextScan scan, List<FoundMention> found)
{
    private readonly Dictionary<string, Actor?> bySurname = new(StringComparer.Ordinal);

    public void Unify()
    {
        // Most texts name nobody by title: they are passed before any list is made.
        if (!found.Exists(f => f.Actor.Kind == ActorKind.Person))
        {
            return;
        }

        var persons = new List<int>();
        for (var i = 0; i < found.Count; i++)
        {
            if (found[i].Actor.Kind == ActorKind.Person)
            {
                persons.Add(i);
            }
        }

        foreach (var group in persons.GroupBy(i => Surname(found[i].Actor.Name), StringComparer.Ordinal))
        {
            var canonical = group.Select(i => found[i].Actor)
                .OrderByDescending(a => a.CountryId is not null)
                .ThenByDescending(a => a.Role is not null)
                .ThenByDescending(a => Words(a.Name).Length)
                .First();
            var distinct = 0;
            foreach (var i in group)
            {
                if (Compatible(found[i].Actor.Name, canonical.Name))
                {
                    found[i] = found[i] with { Actor = canonical };
                }
                else
                {
                    distinct++;
                }
            }

            // Two different people with one surname: a bare surname cannot be resolved.
            bySurname[group.Key] = distinct == 0 ? canonical : null;
        }
    }

    public void FindBareSurnames()
    {
        // Only a surname with one person behind it is looked for; most texts name nobody by title, and then nothing is asked.
        if (bySurname.Count == 0 || !bySurname.Values.Any(person => person is not null))
        {
            return;
        }

        var kept = TokenBuffer<bool>.Rent();
        try
        {
            FindBareSurnames(kept);
        }
        finally
        {
            TokenBuffer<bool>.Return(kept);
        }
    }

    /// <summary>Marks the tokens already in a mention in <paramref name="kept"/>, an empty list, and finds the bare surnames outside them.</summary>
    private void FindBareSurnames(List<bool> kept)
    {
        var tokens = scan.Tokens;
        CollectionsMarshal.SetCount(kept, tokens.Length);
        var covered = CollectionsMarshal.AsSpan(kept);
        covered.Clear();
        foreach (var mention in found)
        {
            covered.Slice(mention.First, mention.End - mention.First).Fill(true);
        }

        for (var t = 0; t < tokens.Length; t++)
        {
            if (covered[t] || !tokens[t].IsCapitalised || !bySurname.TryGetValue(tokens[t].Text, out var person) || person is null)
            {
                continue;
            }

            var match = scan.MatchAt(t);
            if (match >= 0 && (!scan.Matches[match].IsPlaceOnly || scan.InsidePatternLocation(scan.Matches[match])))
            {
                continue;
            }

            var given = Words(person.Name)[..^1];
            var first = t;
            while (first > 0 && !covered[first - 1] && tokens[first - 1].IsWord && given.Contains(tokens[first - 1].Text, StringComparer.Ordinal))
            {
                first--;
            }

            if (!IsOtherGivenName(first - 1, first))
            {
                found.Add(new FoundMention(first, t + 1, person, ActorMentionForm.Person));
            }
        }
    }

    private bool IsOtherGivenName(int token, int nameFirst)
    {
        if (token < 0 || !scan.Tokens[token].IsCapitalised || scan.Tokens[nameFirst].LineBreakBefore
            || scan.Sentence[token] != scan.Sentence[nameFirst] || scan.Gazetteer.NonNameWords.Contains(scan.Tokens[token].Text))
        {
            return false;
        }

        var match = scan.MatchAt(token);
        return match < 0 || scan.Matches[match].IsPlaceOnly;
    }

    private static string[] Words(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static string Surname(string name) => Words(name)[^1];

    /// <summary>"Biden" and "Joe Biden" are one person; "Hunter Biden" and "Joe Biden" are not.</summary>
    private static bool Compatible(string a, string b)
    {
        var (shorter, longer) = Words(a).Length <= Words(b).Length ? (Words(a), Words(b)) : (Words(b), Words(a));
        return shorter.All(w => longer.Contains(w, StringComparer.Ordinal));
    }
}
