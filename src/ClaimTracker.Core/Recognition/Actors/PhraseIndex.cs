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
    /// Puts in <paramref name="found"/> (emptied first) the phrases starting at <paramref name="first"/>, longest first,
    /// as (token count, values) pairs. Their first word leads to <paramref name="start"/> (<see cref="StartOf"/> of that
    /// word, which a caller may have kept). The caller reuses one list for every token, so no lookup allocates.
    /// </summary>
    public void Find(ReadOnlySpan<WordToken> tokens, int first, Node? start, List<(int Length, IReadOnlyList<T> Values)> found)
    {
        found.Clear();
        var i = first;
        for (var node = start; node is not null; node = Next(node, tokens, ++i))
        {
            if (node.Values.Count > 0)
            {
                found.Add((i - first + 1, node.Values));
            }
        }

        found.Reverse();
    }

    /// <summary>The longest phrase starting at <paramref name="first"/>, the one <see cref="Find"/> lists first; false when none does.</summary>
    public bool TryFindLongest(ReadOnlySpan<WordToken> tokens, int first, Node? start, out int length, out IReadOnlyList<T> values)
    {
        (length, values) = (0, []);
        var i = first;
        for (var node = start; node is not null; node = Next(node, tokens, ++i))
        {
            if (node.Values.Count > 0)
            {
                (length, values) = (i - first + 1, node.Values);
            }
        }

        return length > 0;
    }

    /// <summary>Where token <paramref name="i"/> leads from <paramref name="node"/>. A phrase never spans a line break:
    /// headlines and paragraphs are separate units.</summary>
    private static Node? Next(Node node, ReadOnlySpan<WordToken> tokens, int i) =>
        i < tokens.Length && node.Children.Count > 0 && !tokens[i].LineBreakBefore
        && node.Children.TryGetValue(tokens[i].Key, out var next) ? next : null;

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
