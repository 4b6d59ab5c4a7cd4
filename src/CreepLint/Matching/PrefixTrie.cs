using System.Collections.Frozen;

namespace CreepLint.Matching;

/// <summary>Prefix terms ("pregnan*") as a character trie: one walk over a token finds every prefix term it starts with.</summary>
/// <remarks>
/// Most tokens start no prefix term, so the first two characters of ASCII words are looked up in a flat table: a miss
/// there costs one array read instead of a hash lookup. Immutable and thread-safe.
/// </remarks>
internal sealed class PrefixTrie
{
    /// <summary>Characters below this use the flat two-character table.</summary>
    private const int TableChars = 128;

    private readonly FrozenDictionary<long, int> _edges;
    private readonly int[] _termIds;

    /// <summary>Node reached after the first two characters (index c0 * 128 + c1), 0 when no prefix starts that way; null when a prefix is shorter than two.</summary>
    private readonly int[]? _pairs;

    private PrefixTrie(FrozenDictionary<long, int> edges, int[] termIds, int[]? pairs)
    {
        _edges = edges;
        _termIds = termIds;
        _pairs = pairs;
    }

    public static PrefixTrie Empty { get; } = new(FrozenDictionary<long, int>.Empty, [-1], null);

    public bool IsEmpty => _edges.Count == 0;

    public static PrefixTrie Build(IReadOnlyDictionary<string, int> prefixes)
    {
        var edges = new Dictionary<long, int>();
        var termIds = new List<int> { -1 };
        var minLength = int.MaxValue;
        foreach (var (prefix, id) in prefixes.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            minLength = Math.Min(minLength, prefix.Length);
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

        var frozen = edges.ToFrozenDictionary();
        int[]? pairs = null;
        if (minLength >= 2 && prefixes.Count > 0)
        {
            pairs = new int[TableChars * TableChars];
            for (var a = 0; a < TableChars; a++)
            {
                if (!frozen.TryGetValue(a, out var first))
                {
                    continue;
                }

                for (var b = 0; b < TableChars; b++)
                {
                    if (frozen.TryGetValue(((long)first << 16) | (uint)b, out var second))
                    {
                        pairs[(a * TableChars) + b] = second;
                    }
                }
            }
        }

        return new PrefixTrie(frozen, [.. termIds], pairs);
    }

    /// <summary>Writes the ids of prefix terms that <paramref name="word"/> starts with; returns how many.</summary>
    public int Match(ReadOnlySpan<char> word, Span<int> into)
    {
        if (IsEmpty || word.IsEmpty)
        {
            return 0;
        }

        var count = 0;
        var node = 0;
        var from = 0;
        if (_pairs is not null)
        {
            if (word.Length < 2)
            {
                return 0;
            }

            if (word[0] < TableChars && word[1] < TableChars)
            {
                node = _pairs[(word[0] * TableChars) + word[1]];
                if (node == 0)
                {
                    return 0;
                }

                if (_termIds[node] >= 0 && count < into.Length)
                {
                    into[count++] = _termIds[node];
                }

                from = 2;
            }
        }

        for (var k = from; k < word.Length; k++)
        {
            if (!_edges.TryGetValue(((long)node << 16) | word[k], out node))
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
