using System.Globalization;
using ClaimTracker.Documents;

namespace ClaimTracker.Recognition.Actors;

/// <summary>
/// Finds the actors a text refers to: countries by name, demonym or capital-as-government, state bodies
/// attached to their country, organisations, armed groups, and people recognized by title patterns.
/// Stateless after construction, so one instance can serve many threads; never throws on any text.
/// </summary>
/// <remarks>
/// Rules, in order of precedence for one phrase:
/// a country word right before a title or body owns it ("Iran's foreign ministry", "French President
/// Emmanuel Macron", "Iran's president" without a name is an <see cref="ActorKind.Office"/>);
/// "Title of Country[,] Name" and "Title Name" give people; a body with "of Country" or "in City" is
/// attached to that country, a body joined by "and"/"," to an attached body shares its country, any other
/// body takes the nearest country word in the same sentence (or stays unattached; generic words such as
/// "forces" or "officials" are dropped without a country right beside them); a capital is a metonym unless
/// used as a place (see <c>LocationRecognizer</c>). A surname seen in a title pattern is remembered for the
/// whole text, so a bare "Biden" anywhere resolves to the same person.
/// </remarks>
public sealed class ActorRecognizer
{
    private static readonly Lazy<ActorRecognizer> DefaultInstance = new(() => new ActorRecognizer(Gazetteer.Default));

    private const int NearestCountryReach = 60;

    private readonly Gazetteer gazetteer;
    private readonly bool keepOrderedMentions;

    /// <summary>Creates a recognizer over the given vocabulary.</summary>
    /// <param name="gazetteer">The names, bodies, titles and patterns to recognize.</param>
    public ActorRecognizer(Gazetteer gazetteer)
        : this(gazetteer, keepOrderedMentions: true)
    {
    }

    /// <summary>Creates a recognizer over the given vocabulary, with its ordering shortcut on or off.</summary>
    /// <param name="gazetteer">The names, bodies, titles and patterns to recognize.</param>
    /// <param name="keepOrderedMentions">Whether mentions found already in text order are kept in that order without sorting
    /// them; the result is the same either way, which tests check by turning it off.</param>
    internal ActorRecognizer(Gazetteer gazetteer, bool keepOrderedMentions)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        this.gazetteer = gazetteer;
        this.keepOrderedMentions = keepOrderedMentions;
    }

    /// <summary>A recognizer over <see cref="Gazetteer.Default"/>.</summary>
    public static ActorRecognizer Default => DefaultInstance.Value;

    /// <summary>All actor mentions in <paramref name="text"/>, in text order.</summary>
    /// <param name="text">Any text; null or empty gives no mentions.</param>
    public IReadOnlyList<ActorMention> Recognize(string text) => Recognize(text, new TextSpan(0, text?.Length ?? 0));

    /// <summary>
    /// The actor mentions inside <paramref name="window"/> of <paramref name="text"/>, with absolute spans.
    /// Person memory covers the window only.
    /// </summary>
    /// <param name="text">The whole text the spans index.</param>
    /// <param name="window">The part to read; clamped to the text.</param>
    public IReadOnlyList<ActorMention> Recognize(string text, TextSpan window)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        using var scan = TextScan.Of(gazetteer, text, window);
        return RecognizeScan(scan);
    }

    /// <summary>The gazetteer this recognizer reads; a location recognizer with the same one can share its scan.</summary>
    internal Gazetteer Gazetteer => gazetteer;

    /// <summary>The actor mentions of a scan already made (shared with location recognition).</summary>
    internal IReadOnlyList<ActorMention> RecognizeScan(TextScan scan)
    {
        var found = new Pass(scan).Run();

        // Most texts find their mentions in text order already: they are kept as found, with no sort.
        if (keepOrderedMentions && InTextOrder(found))
        {
            var ordered = new ActorMention[found.Count];
            for (var i = 0; i < ordered.Length; i++)
            {
                ordered[i] = ToMention(scan, found[i]);
            }

            return ordered;
        }

        // In text order; mentions that start together keep the order they were found in (a stable sort).
        var order = new (int First, int Index)[found.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = (found[i].First, i);
        }

        Array.Sort(order);
        var mentions = new ActorMention[order.Length];
        for (var i = 0; i < mentions.Length; i++)
        {
            mentions[i] = ToMention(scan, found[order[i].Index]);
        }

        return mentions;
    }

    private static bool InTextOrder(List<FoundMention> found)
    {
        for (var i = 1; i < found.Count; i++)
        {
            if (found[i].First < found[i - 1].First)
            {
                return false;
            }
        }

        return true;
    }

    private static ActorMention ToMention(TextScan scan, FoundMention f) =>
        new(scan.SpanOf(f.First, f.End), scan.TextOf(f.First, f.End), f.Actor, f.Form);

    /// <summary>The per-text state of one recognition; discarded afterwards.</summary>
    private sealed class Pass(TextScan scan)
    {
        private readonly List<FoundMention> found = [];
        private readonly List<(int Match, int End)> pendingBodies = [];
        private readonly Dictionary<int, Actor> bodyCountries = [];
        private readonly Dictionary<int, string> personCountries = [];

        private ReadOnlySpan<PhraseMatch> Matches => scan.Matches;

        private ReadOnlySpan<WordToken> Tokens => scan.Tokens;

        public List<FoundMention> Run()
        {
            var k = 0;
            while (k < Matches.Length)
            {
                var consumed = CountryLed(k);
                consumed = consumed > 0 ? consumed : TitleLed(k);
                consumed = consumed > 0 ? consumed : HonorificLed(k);
                consumed = consumed > 0 ? consumed : Body(k);
                k += consumed > 0 ? consumed : Simple(k);
            }

            var persons = new PersonMemory(scan, found);
            persons.Unify();
            persons.FindBareSurnames();
            foreach (var person in found)
            {
                if (person.Actor.Kind != ActorKind.Person || person.Actor.CountryId is null)
                {
                    continue;
                }

                for (var t = person.First; t < person.End; t++)
                {
                    personCountries[t] = person.Actor.CountryId!;
                }
            }

            ResolvePendingBodies();
            return found;
        }

        private Actor? LeadingCountry(PhraseMatch match)
        {
            var country = match.Country;
            if (country is null || (match.Has(LexemeKind.Capital) && !match.Has(LexemeKind.CountryName) && scan.IsPlaceContext(match)))
            {
                return null;
            }

            return match.IsPossessive || match.Has(LexemeKind.Demonym) ? country : null;
        }

        private PhraseMatch? Adjacent(int k) =>
            k + 1 < Matches.Length && Matches[k + 1].First == Matches[k].Next && !Tokens[Matches[k + 1].First].LineBreakBefore
                ? Matches[k + 1] : null;

        /// <summary>"Iran's foreign ministry", "U.S. President Joe Biden", "Iran's president".</summary>
        private int CountryLed(int k)
        {
            var match = Matches[k];
            if (LeadingCountry(match) is not { } country || Adjacent(k) is not { } next)
            {
                return 0;
            }

            if (next.Find(LexemeKind.Title) is { } title)
            {
                return 1 + PersonOrOffice(match.First, k + 1, title.Role!, country);
            }

            if (next.Find(LexemeKind.Body) is not null)
            {
                var consumed = 1;
                var body = k + 1;
                while (true)
                {
                    AddBody(Matches[body].First, Matches[body].End, Matches[body].Find(LexemeKind.Body)!.Body!, country, body);
                    consumed++;

                    // "the Iranian Army's Ground Forces": a possessive body hands its country on.
                    if (!Matches[body].IsPossessive || Adjacent(body) is not { } further || !further.Has(LexemeKind.Body))
                    {
                        break;
                    }

                    body++;
                }

                found[^(consumed - 1)] = found[^(consumed - 1)] with { First = match.First };
                return consumed;
            }

            return 0;
        }

        /// <summary>"President Biden", "the President of France, Emmanuel Macron", "Supreme Leader of Iran".</summary>
        private int TitleLed(int k)
        {
            var match = Matches[k];
            if (match.Find(LexemeKind.Title) is not { } title)
            {
                return 0;
            }

            var at = match.Next;
            if (scan.IsWord(at, "of"))
            {
                at += scan.IsWord(at + 1, "the") ? 2 : 1;
                var countryMatch = scan.MatchAt(at);
                if (countryMatch >= 0 && Matches[countryMatch].First == at && Matches[countryMatch].Find(LexemeKind.CountryName)?.Actor is { } country)
                {
                    return PersonOrOffice(match.First, k, title.Role!, country, countryMatch) + (countryMatch - k);
                }
            }

            return PersonAfter(match.First, k, title.Role, null);
        }

        /// <summary>"Ayatollah Sistani", "Dr. Jane Smith".</summary>
        private int HonorificLed(int k) =>
            Matches[k].Has(LexemeKind.Honorific) ? PersonAfter(Matches[k].First, k, null, null) : 0;

        /// <summary>
        /// A name after the title (at match <paramref name="titleMatch"/>) gives a person; no name gives the
        /// office. <paramref name="lastMatch"/> is the match the name may follow, when "of Country" came between.
        /// </summary>
        private int PersonOrOffice(int first, int titleMatch, string role, Actor country, int lastMatch = -1)
        {
            var fromMatch = lastMatch >= 0 ? lastMatch : titleMatch;
            var person = PersonAfter(first, fromMatch, role, country, allowComma: lastMatch >= 0);
            if (person > 0)
            {
                return person;
            }

            var end = Matches[fromMatch].End;
            var office = new Actor(country.Id + "." + Slug.Of(role), Capitalise(role) + " of " + country.Name, ActorKind.Office, country.Id, role);
            found.Add(new FoundMention(first, end, office, ActorMentionForm.Person));
            return 1;
        }

        /// <summary>Honorifics and further titles, then a name. Returns matches consumed, 0 when no name.</summary>
        private int PersonAfter(int first, int fromMatch, string? role, Actor? country, bool allowComma = false)
        {
            var k = fromMatch;
            var at = Matches[k].Next;
            if (allowComma && at < Tokens.Length && Tokens[at].Text == "," && !Matches[k].IsPossessive)
            {
                at++;
            }

            while (scan.MatchAt(at) is var m and >= 0 && Matches[m].First == at
                && (Matches[m].Has(LexemeKind.Honorific) || Matches[m].Has(LexemeKind.Title)) && !Matches[m].IsPossessive)
            {
                role ??= Matches[m].Find(LexemeKind.Title)?.Role;
                k = m;
                at = Matches[m].Next;
            }

            var end = PersonName.ReadEnd(scan, at);
            if (end == at)
            {
                return 0;
            }

            var name = string.Join(' ', scan.TextOf(at, end).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            var person = new Actor("person/" + Slug.Of(name), name, ActorKind.Person, country?.Id, role);
            found.Add(new FoundMention(first, end, person, ActorMentionForm.Person));

            // Place matches inside the name are consumed with it.
            var last = k;
            while (last + 1 < Matches.Length && Matches[last + 1].First < end)
            {
                last++;
            }

            return last - fromMatch + 1;
        }

        /// <summary>A body without a country word right before it.</summary>
        private int Body(int k)
        {
            var match = Matches[k];
            if (match.Find(LexemeKind.Body)?.Body is not { } body)
            {
                return 0;
            }

            // "armed forces of the Islamic Republic of Iran"
            var at = match.Next;
            if (scan.IsWord(at, "of"))
            {
                var countryAt = at + (scan.IsWord(at + 1, "the") ? 2 : 1);
                if (scan.MatchAt(countryAt) is var c and >= 0 && Matches[c].First == countryAt && Matches[c].Find(LexemeKind.CountryName)?.Actor is { } country)
                {
                    AddBody(match.First, Matches[c].End, body, country, k);
                    return c - k + 1;
                }
            }

            // "the foreign ministry in Baku"; an embassy in a capital is a foreign country's, so it waits.
            if (!body.IsForeignMission && scan.IsWord(at, "in") && scan.MatchAt(at + 1) is var p and >= 0 && Matches[p].First == at + 1
                && Matches[p].Find(LexemeKind.Capital)?.Actor is { } host)
            {
                AddBody(match.First, match.End, body, host, k);
                return 1;
            }

            pendingBodies.Add((k, match.End));
            return 1;
        }

        private int Simple(int k)
        {
            var match = Matches[k];
            var lexeme = match.Lexemes[0];
            switch (lexeme.Kind)
            {
                case LexemeKind.CountryName when !scan.IsPartOfLongerName(match):
                    found.Add(new FoundMention(match.First, match.End, lexeme.Actor!, ActorMentionForm.Name));
                    break;
                case LexemeKind.Demonym:
                    found.Add(new FoundMention(match.First, match.End, lexeme.Actor!, ActorMentionForm.Demonym));
                    break;
                case LexemeKind.Capital when !scan.IsPlaceContext(match) && !scan.IsPartOfLongerName(match):
                    found.Add(new FoundMention(match.First, match.End, lexeme.Actor!, ActorMentionForm.Metonym));
                    break;
                case LexemeKind.NamedActor:
                    var form = lexeme.Actor!.Kind == ActorKind.StateBody ? ActorMentionForm.Body : ActorMentionForm.Name;
                    found.Add(new FoundMention(match.First, match.End, lexeme.Actor, form));
                    break;
            }

            return 1;
        }

        private void AddBody(int first, int end, BodyDefinition body, Actor country, int match)
        {
            var actor = new Actor(country.Id + "." + body.Key, body.Name + " of " + country.Name, ActorKind.StateBody, country.CountryId ?? country.Id, null);
            found.Add(new FoundMention(first, end, actor, ActorMentionForm.Body));
            bodyCountries[match] = country;
        }

        /// <summary>Coordination first ("the foreign ministry and general staff"), then the nearest country in the sentence.</summary>
        private void ResolvePendingBodies()
        {
            foreach (var (k, end) in pendingBodies)
            {
                var match = Matches[k];
                var body = match.Find(LexemeKind.Body)!.Body!;
                var country = CoordinatedCountry(k, -1) ?? CoordinatedCountry(k, +1);
                if (country is null && !body.RequiresCountry)
                {
                    country = NearestCountry(match);
                }

                if (country is not null)
                {
                    AddBody(match.First, end, body, country, k);
                }
                else if (!body.RequiresCountry)
                {
                    found.Add(new FoundMention(match.First, end, new Actor(body.Key, body.Name, ActorKind.StateBody, null, null), ActorMentionForm.Body));
                }
            }
        }

        private Actor? CoordinatedCountry(int k, int direction)
        {
            var other = k + direction;
            if (other < 0 || other >= Matches.Length || !bodyCountries.TryGetValue(other, out var country))
            {
                return null;
            }

            var (left, right) = direction < 0 ? (Matches[other], Matches[k]) : (Matches[k], Matches[other]);
            var gap = right.First - left.Next;
            return gap is >= 1 and <= 2 && (scan.IsWord(left.Next, "and") || Tokens[left.Next].Text == ",")
                && (gap == 1 || scan.IsWord(left.Next + 1, "the")) ? country : null;
        }

        /// <summary>The country word or person with a country nearest to the body, within the sentence and a bounded reach.</summary>
        private Actor? NearestCountry(PhraseMatch body)
        {
            for (var distance = 1; distance <= NearestCountryReach; distance++)
            {
                foreach (var t in (ReadOnlySpan<int>)[body.First - distance, body.End - 1 + distance])
                {
                    if (t < 0 || t >= Tokens.Length || scan.Sentence[t] != scan.Sentence[body.First])
                    {
                        continue;
                    }

                    if (scan.MatchAt(t) is var m and >= 0 && Matches[m].Country is { } country)
                    {
                        return country;
                    }

                    if (personCountries.TryGetValue(t, out var id) && scan.Gazetteer.Actors.GetValueOrDefault(id) is { } personCountry)
                    {
                        return personCountry;
                    }
                }
            }

            return null;
        }

        private static string Capitalise(string role) =>
            role.Length == 0 ? role : char.ToUpper(role[0], CultureInfo.InvariantCulture) + role[1..];
    }
}
