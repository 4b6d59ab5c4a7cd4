using System.Collections.Frozen;

namespace CreepLint.Matching;

/// <summary>Prefix terms ("pregnan*") as a character trie: one walk over a token finds every prefix term it starts with.</summary>
internal sealed class PrefixTrie
{
    private readonly FrozenDictionary<long, int> _edges;
    private readonly int[] _termIds;

    private PrefixTrie(FrozenDictionary<long, int> edges, int[] termIds)
    {
        _edges = edges;
        _termIds = termIds;
    }

    public static PrefixTrie Empty { get; } = new(FrozenDictionary<long, int>.Empty, [-1]);

    public bool IsEmpty => _edges.Count == 0;

    public static PrefixTrie Build(IReadOnlyDictionary<string, int> prefixes)
    {
        var edges = new Dictionary<long, int>();
        var termIds = new List<int> { -1 };
        foreach (var (prefix, id) in prefixes.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var node = 0;
            foreach (var c in prefix)
            {
                var key = ((long)node << 16) | c;
                if (!edges.TryGetValue(key, out var child))
                {
                    child = termIds.Count;
                    termIds.Add(-1);
                    edges[key] = child;
                }

                node = child;
            }

            termIds[node] = id;
        }

        return new PrefixTrie(edges.ToFrozenDictionary(), [.. termIds]);
    }

    /// <summary>Writes the ids of prefix terms that <paramref name="word"/> starts with; returns how many.</summary>
    public int Match(ReadOnlySpan<char> word, Span<int> into)
    {
        if (IsEmpty)
        {
            return 0;
        }

        var count = 0;
        var node = 0;
        foreach (var c in word)
        {
            if (!_edges.TryGetValue(((long)node << 16) | c, out node))
            {
                break;
            }

            if (_termIds[node] >= 0 && count < into.Length)
            {
                into[count++] = _termIds[node];
            }
        }

        return count;
    }
}
