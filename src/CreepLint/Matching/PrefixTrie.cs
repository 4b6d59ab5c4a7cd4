using System.Collections.Frozen;

namespace CreepLint.Matching;

/// <summary>Prefix terms ("pregnan*") as a character trie: one walk over a token finds every prefix term it starts with.</summary>
/// <remarks>
/// Most tokens start no prefix term, so a 128-byte filter on the first two characters (low five bits of each) turns
/// them away before any hash lookup. Immutable and thread-safe.
/// </remarks>
internal sealed class PrefixTrie
{
    private readonly FrozenDictionary<long, int> _edges;
    private readonly int[] _termIds;
    private readonly bool _isEmpty;

    /// <summary>Row c0 &amp; 31, bit c1 &amp; 31: set when some prefix could start with those two characters; null when a prefix is shorter than two.</summary>
    private readonly uint[]? _pairFilter;

    /// <summary><see cref="_pairFilter"/>, or every pair when there is none, so that <see cref="PairFilter.MayMatch"/> need not test for null.</summary>
    private readonly uint[] _mayStart;

    /// <summary>Whether some prefix is shorter than two characters, so that there is no <see cref="_pairFilter"/>.</summary>
    private readonly bool _unfiltered;

    private PrefixTrie(FrozenDictionary<long, int> edges, int[] termIds, uint[]? pairFilter)
    {
        _edges = edges;
        _termIds = termIds;
        _pairFilter = pairFilter;
        _isEmpty = edges.Count == 0;
        _unfiltered = pairFilter is null;
        _mayStart = pairFilter ?? AllPairs();
    }

    private static uint[] AllPairs()
    {
        var all = new uint[32];
        Array.Fill(all, uint.MaxValue);
        return all;
    }

    public static PrefixTrie Empty { get; } = new(FrozenDictionary<long, int>.Empty, [-1], null);

    public bool IsEmpty => _isEmpty;

    public static PrefixTrie Build(IReadOnlyDictionary<string, int> prefixes)
    {
        var edges = new Dictionary<long, int>();
        var termIds = new List<int> { -1 };
        uint[]? filter = new uint[32];
        foreach (var (prefix, id) in prefixes.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (prefix.Length < 2)
            {
                filter = null;
            }
            else if (filter is not null)
            {
                filter[prefix[0] & 31] |= 1u << (prefix[1] & 31);
            }

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

        return new PrefixTrie(edges.ToFrozenDictionary(), [.. termIds], filter);
    }

    /// <summary>The filter in front of <see cref="Match"/>, as a value a loop of lookups can keep in registers.</summary>
    public PairFilter Filter => new(_mayStart, _isEmpty, _unfiltered);

    /// <summary>Writes the ids of prefix terms that <paramref name="word"/> starts with; returns how many.</summary>
    public int Match(ReadOnlySpan<char> word, Span<int> into)
    {
        if (_isEmpty || word.IsEmpty)
        {
            return 0;
        }

        if (_pairFilter is not null && (word.Length < 2 || (_pairFilter[word[0] & 31] & (1u << (word[1] & 31))) == 0))
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

    /// <summary>
    /// <see cref="MayMatch"/> tells whether <see cref="Match"/> could find a prefix term in a word of a given length
    /// starting with two given characters: false exactly when it would stop at its filter. Branch-free.
    /// </summary>
    internal readonly struct PairFilter(uint[] mayStart, bool isEmpty, bool unfiltered)
    {
        public bool MayMatch(char first, char second, int length) =>
            !isEmpty & (length > 0) & (unfiltered | ((length >= 2) & ((mayStart[first & 31] & (1u << (second & 31))) != 0)));
    }
}
