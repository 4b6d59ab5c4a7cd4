using System.Numerics;

namespace CreepLint.Matching;

/// <summary>
/// The phrase trie's edges below the root, (node, word id) to child node, in one open-addressing table with a
/// multiplicative hash: every partial phrase probes it once per candidate of every token, so it must cost a multiply
/// and a compare rather than a general-purpose dictionary lookup. Immutable and thread-safe.
/// </summary>
internal sealed class TransitionTable
{
    /// <summary>Slots per edge: most probes are misses (the phrase does not go on), and a sparse table ends them at once.</summary>
    private const int SlotsPerEdge = 4;

    private const ulong HashMultiplier = 0x9E3779B97F4A7C15;

    private readonly Slot[] _slots;
    private readonly int _shift;

    /// <param name="edges">Keys are <c>node &lt;&lt; 32 | word id</c> with node ≥ 1 (so no key is 0, the empty slot).</param>
    public TransitionTable(IEnumerable<KeyValuePair<long, int>> edges)
    {
        var list = edges.ToList();
        var bits = Math.Max(4, BitOperations.Log2((uint)Math.Max(1, list.Count * SlotsPerEdge) - 1) + 1);
        _slots = new Slot[1 << bits];
        _shift = 64 - bits;
        foreach (var (key, child) in list)
        {
            var slot = (int)(((ulong)key * HashMultiplier) >> _shift);
            while (_slots[slot].Key != 0)
            {
                slot = (slot + 1) & (_slots.Length - 1);
            }

            _slots[slot] = new Slot(key, child);
        }
    }

    /// <summary>The child of <paramref name="node"/> (≥ 1) along <paramref name="id"/>, or 0 when the phrase does not go on.</summary>
    public int Child(int node, int id)
    {
        var key = ((long)node << 32) | (uint)id;
        var slots = _slots;
        var slot = (int)(((ulong)key * HashMultiplier) >> _shift);
        while (true)
        {
            var s = slots[slot];
            if (s.Key == key)
            {
                return s.Child;
            }

            if (s.Key == 0)
            {
                return 0;
            }

            slot = (slot + 1) & (slots.Length - 1);
        }
    }

    private readonly record struct Slot(long Key, int Child);
}
