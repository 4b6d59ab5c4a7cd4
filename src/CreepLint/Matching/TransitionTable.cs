using System.Runtime.CompilerServices;

namespace CreepLint.Matching;

/// <summary>
/// The phrase trie's edges below the root, (node, word id) to child node: every partial phrase probes it once per
/// candidate of every token, and about nine probes in ten find nothing (the phrase does not go on). Immutable and
/// thread-safe.
/// </summary>
/// <remarks>
/// A bit filter, small enough for the first-level cache, answers most of those misses; the rest go to a
/// <see cref="PerfectHashTable{TValue}"/> (one read, no probe loop), whose slots would otherwise be a cache miss per probe. The
/// filter grows with the edges (the default pack's 11,900 take 32 KB): a fixed 4 KB, sized for 1,900, let a third of
/// the misses through to the slots.
/// </remarks>
internal sealed class TransitionTable
{
    /// <summary>Filter bits per edge, at least (a power of two between 16 and 32): 3 to 6 misses in a hundred pass the filter.</summary>
    private const int FilterBitsPerEdge = 16;

    /// <summary>The smallest filter (4 KB).</summary>
    private const int MinFilterLog2 = 15;

    /// <summary>The largest filter (128 KB): a larger one would no longer stay in the caches next to the tables it guards,
    /// and its own reads would miss (a pack of over 65,000 edges lets more misses through instead).</summary>
    private const int MaxFilterLog2 = 20;

    private const ulong FilterMultiplier = 0x9E3779B97F4A7C15;

    private readonly ulong[] _filter;
    private readonly int _filterShift;
    private readonly PerfectHashTable<Edge> _edges;

    /// <param name="edges">Keys are <c>node &lt;&lt; 32 | word id</c> with node ≥ 1, values the child nodes.</param>
    /// <param name="nodes">The trie's nodes, by index: each edge's slot carries its child's (none: empty nodes).</param>
    public TransitionTable(IReadOnlyList<KeyValuePair<long, int>> edges, PhraseTable.Node[]? nodes = null)
    {
        var filterLog2 = Math.Clamp((int)Math.Ceiling(Math.Log2(Math.Max(1, edges.Count) * (double)FilterBitsPerEdge)), MinFilterLog2, MaxFilterLog2);
        _filter = new ulong[(1 << filterLog2) / 64];
        _filterShift = 64 - filterLog2;
        var keys = new ulong[edges.Count];
        var children = new Edge[edges.Count];
        for (var e = 0; e < edges.Count; e++)
        {
            var child = edges[e].Value;
            (keys[e], children[e]) = ((ulong)edges[e].Key, new Edge(child, nodes is null ? default : nodes[child]));
            var bit = FilterBit(keys[e]);
            _filter[bit >> 6] |= 1UL << bit;
        }

        _edges = new PerfectHashTable<Edge>(keys, children);
    }

    /// <summary>The child of <paramref name="node"/> (≥ 1) along <paramref name="id"/>, or 0 when the phrase does not go on.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Child(int node, int id)
    {
        var key = ((ulong)(uint)node << 32) | (uint)id;
        var bit = FilterBit(key);
        if ((_filter[bit >> 6] & (1UL << bit)) == 0)
        {
            return 0;
        }

        return _edges.TryGetValue(key, out var edge) ? edge.Child : 0;
    }

    /// <summary>
    /// The edge from <paramref name="node"/> (≥ 1) along <paramref name="id"/>, child and child node, when the phrase goes on:
    /// the slot that holds the edge holds its child's node too, so going on reads no node of its own (read after the slot,
    /// it was the walk's second longest wait).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryFind(int node, int id, out Edge edge)
    {
        var key = ((ulong)(uint)node << 32) | (uint)id;
        var bit = FilterBit(key);
        if ((_filter[bit >> 6] & (1UL << bit)) == 0)
        {
            edge = default;
            return false;
        }

        return _edges.TryGetValue(key, out edge);
    }

    /// <summary>An edge's child and the child's node.</summary>
    internal readonly record struct Edge(int Child, PhraseTable.Node Node);

    /// <summary>The filter bit of an edge: the top bits of a multiplicative hash, the well-mixed ones.</summary>
    private int FilterBit(ulong key) => (int)((key * FilterMultiplier) >> _filterShift);
}
