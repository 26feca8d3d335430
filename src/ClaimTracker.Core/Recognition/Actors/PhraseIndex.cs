using System.Collections.Frozen;

namespace ClaimTracker.Recognition.Actors;

/// <summary>
/// A trie over lowercase tokens: finding every phrase that starts at a token costs at most the length of the
/// longest phrase, whatever the size of the gazetteer.
/// </summary>
internal sealed class PhraseIndex<T>
{
    private readonly Node root;

    private PhraseIndex(Node root) => this.root = root;

    /// <summary>Builds the index from (tokenised phrase, value) pairs.</summary>
    public static PhraseIndex<T> Build(IEnumerable<(IReadOnlyList<string> Keys, T Value)> phrases)
    {
        var root = new Builder();
        foreach (var (keys, value) in phrases)
        {
            if (keys.Count == 0)
            {
                continue;
            }

            var node = root;
            foreach (var key in keys)
            {
                if (!node.Children.TryGetValue(key, out var child))
                {
                    child = new Builder();
                    node.Children.Add(key, child);
                }

                node = child;
            }

            node.Values.Add(value);
        }

        return new PhraseIndex<T>(root.Freeze());
    }

    /// <summary>The trie node one word leads to from the root: where the phrases beginning with it go on; null when none does.</summary>
    public Node? StartOf(string key) => root.Children.GetValueOrDefault(key);

    /// <summary>
    /// The phrases starting at <paramref name="first"/>, longest first, as (token count, values) pairs.
    /// </summary>
    public IReadOnlyList<(int Length, IReadOnlyList<T> Values)> Find(ReadOnlySpan<WordToken> tokens, int first) =>
        first < tokens.Length ? Find(tokens, first, StartOf(tokens[first].Key)) : [];

    /// <summary>
    /// The phrases starting at <paramref name="first"/>, whose first word leads to <paramref name="start"/>
    /// (<see cref="StartOf"/> of that word, which a caller may have kept), longest first.
    /// </summary>
    public IReadOnlyList<(int Length, IReadOnlyList<T> Values)> Find(ReadOnlySpan<WordToken> tokens, int first, Node? start)
    {
        if (start is null)
        {
            return [];
        }

        // Most tokens start no phrase: they get the shared empty list, not one of their own.
        List<(int, IReadOnlyList<T>)>? found = null;
        var node = start;
        if (node.Values.Count > 0)
        {
            found = [(1, node.Values)];
        }

        for (var i = first + 1; i < tokens.Length && node.Children.Count > 0; i++)
        {
            // A phrase never spans a line break: headlines and paragraphs are separate units.
            if (tokens[i].LineBreakBefore || !node.Children.TryGetValue(tokens[i].Key, out var next))
            {
                break;
            }

            node = next;
            if (node.Values.Count > 0)
            {
                (found ??= []).Add((i - first + 1, node.Values));
            }
        }

        if (found is null)
        {
            return [];
        }

        found.Reverse();
        return found;
    }

    /// <summary>A trie node: the words that continue a phrase, and the values of the phrases ending here.</summary>
    internal sealed class Node(FrozenDictionary<string, Node> children, IReadOnlyList<T> values)
    {
        public FrozenDictionary<string, Node> Children { get; } = children;

        public IReadOnlyList<T> Values { get; } = values;
    }

    private sealed class Builder
    {
        public Dictionary<string, Builder> Children { get; } = new(StringComparer.Ordinal);

        public List<T> Values { get; } = [];

        public Node Freeze() => new(
            Children.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.Freeze(), StringComparer.Ordinal),
            Values.ToArray());
    }
}
