using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace CreepLint.Matching;

/// <summary>
/// A static map from non-zero 64-bit keys to values (word ids, trie edges) with a perfect hash ("hash and displace"): every key has a slot of its
/// own, so a lookup is a fixed sequence of three reads and a compare, with no probe loop and no branch of its own.
/// </summary>
/// <remarks>
/// The scan looks up every token and every partial phrase, and half the answers are "no": a probe loop's exit mispredicts
/// on such data, and a sparse table to shorten it costs cache misses. Keys hash to small buckets; each bucket stores the
/// displacement that sent all its keys to free slots when the table was built (largest buckets first). Slots are about
/// 80 % full. Immutable and thread-safe.
/// </remarks>
internal sealed class PerfectHashTable<TValue>
    where TValue : struct
{
    /// <summary>Slots per key, as a fraction: a little room makes displacements quick to find.</summary>
    private const double SlotsPerKey = 1.25;

    /// <summary>Keys per bucket on average.</summary>
    private const int KeysPerBucket = 2;

    /// <summary>Displacements tried for one bucket before the table is rebuilt with more slots.</summary>
    private const int MaxDisplacement = ushort.MaxValue;

    private const ulong BucketMultiplier = 0x9E3779B97F4A7C15;
    private const ulong SlotMultiplier = 0xC2B2AE3D27D4EB4F;
    private const ulong DisplacementMultiplier = 0x165667B19E3779F9;

    /// <summary>
    /// Per bucket, its displacement, multiplied out when it is read: two bytes a bucket rather than the eight of the product,
    /// so the table of a pack's 12,000 words or trie edges is 12 KB and stays in the first-level cache beside the rest of
    /// the scan's data (at 48 KB it did not, and its read was the walk's costliest wait); the multiply is three cycles.
    /// </summary>
    private readonly ushort[] _displacements;
    private readonly int _bucketShift;
    private readonly Slot[] _slots;

    /// <param name="keys">Distinct, non-zero keys (0 marks an empty slot).</param>
    /// <param name="values">The value of each key.</param>
    public PerfectHashTable(ulong[] keys, TValue[] values)
    {
        var n = keys.Length;
        var bucketBits = Math.Max(1, (int)Math.Ceiling(Math.Log2(Math.Max(2, n / KeysPerBucket))));
        _bucketShift = 64 - bucketBits;
        var slotCount = Math.Max(4, (int)(n * SlotsPerKey) + 1);
        while (true)
        {
            _displacements = new ushort[1 << bucketBits];
            _slots = new Slot[slotCount];
            if (TryPlace(keys, values))
            {
                return;
            }

            // More room, and smaller buckets, until every bucket finds a displacement.
            slotCount += slotCount / 4;
            bucketBits++;
            _bucketShift = 64 - bucketBits;
        }
    }

    /// <summary>The value of <paramref name="key"/> if present; <paramref name="key"/> must not be 0, which every empty slot holds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(ulong key, out TValue value) => Reader.TryGetValue(key, out value);

    /// <summary>The table's arrays and shift in one value, for a loop of lookups to keep in registers.</summary>
    public TableReader Reader => new(_displacements, _bucketShift, _slots);

    private static ulong Displaced(ushort displacement) => displacement * DisplacementMultiplier;

    private int SlotOf(ulong key, ushort displacement) => TableReader.SlotOf(key, Displaced(displacement), _slots.Length);

    /// <summary>Places the keys bucket by bucket, largest buckets first (they are the hardest to fit); false when one does not fit.</summary>
    private bool TryPlace(ulong[] keys, TValue[] values)
    {
        // Keys grouped by bucket with a counting sort: order[bucketStart[b]..bucketStart[b + 1]) are bucket b's keys.
        var buckets = _displacements.Length;
        var bucketStart = new int[buckets + 1];
        foreach (var key in keys)
        {
            bucketStart[BucketOf(key) + 1]++;
        }

        for (var b = 0; b < buckets; b++)
        {
            bucketStart[b + 1] += bucketStart[b];
        }

        var order = new int[keys.Length];
        var cursor = bucketStart[..buckets];
        for (var k = 0; k < keys.Length; k++)
        {
            order[cursor[BucketOf(keys[k])]++] = k;
        }

        var bySize = new int[buckets];
        var sizes = new int[buckets];
        for (var b = 0; b < buckets; b++)
        {
            bySize[b] = b;
            sizes[b] = -(bucketStart[b + 1] - bucketStart[b]);
        }

        Array.Sort(sizes, bySize);
        Span<int> taken = stackalloc int[64];
        foreach (var b in bySize)
        {
            var members = order.AsSpan(bucketStart[b], bucketStart[b + 1] - bucketStart[b]);
            if (members.Length == 0)
            {
                break;
            }

            if (members.Length > taken.Length)
            {
                return false;
            }

            for (var m = 0; m < members.Length; m++)
            {
                if (keys[members[m]] == 0 || HasKey(keys, members[..m], keys[members[m]]))
                {
                    throw new ArgumentException("keys must be distinct and non-zero (0 marks an empty slot)", nameof(keys));
                }
            }

            var d = 0;
            for (; d <= MaxDisplacement; d++)
            {
                var fits = 0;
                while (fits < members.Length && SlotOf(keys[members[fits]], (ushort)d) is var slot && _slots[slot].Key == 0 && !taken[..fits].Contains(slot))
                {
                    taken[fits++] = slot;
                }

                if (fits == members.Length)
                {
                    break;
                }
            }

            if (d > MaxDisplacement)
            {
                return false;
            }

            _displacements[b] = (ushort)d;
            for (var m = 0; m < members.Length; m++)
            {
                _slots[taken[m]] = new Slot(keys[members[m]], values[members[m]]);
            }
        }

        return true;
    }

    /// <summary>Whether one of the keys at <paramref name="indexes"/> is <paramref name="key"/> (equal keys share a bucket).</summary>
    private static bool HasKey(ulong[] keys, ReadOnlySpan<int> indexes, ulong key)
    {
        foreach (var i in indexes)
        {
            if (keys[i] == key)
            {
                return true;
            }
        }

        return false;
    }

    private int BucketOf(ulong key) => (int)((key * BucketMultiplier) >> _bucketShift);

    internal readonly record struct Slot(ulong Key, TValue Value);

    /// <summary>A <see cref="PerfectHashTable{TValue}"/>'s arrays and shift, to look keys up without reading the table's fields each time.</summary>
    internal readonly struct TableReader(ushort[] displacements, int bucketShift, Slot[] slots)
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool TryGetValue(ulong key, out TValue value)
        {
            Debug.Assert(key != 0, "0 marks an empty slot");
            ref readonly var slot = ref slots[SlotOf(key, Displaced(displacements[(int)((key * BucketMultiplier) >> bucketShift)]), slots.Length)];
            value = slot.Value;
            return slot.Key == key;
        }

        /// <summary>The slot <paramref name="key"/> would be in: the key's own when its <see cref="Slot.Key"/> is <paramref name="key"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public ref readonly Slot SlotFor(ulong key) =>
            ref slots[SlotOf(key, Displaced(displacements[(int)((key * BucketMultiplier) >> bucketShift)]), slots.Length)];

        /// <summary>The slot of a key in a table of <paramref name="slotCount"/> slots: the top bits of a multiplicative hash, scaled without a division.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int SlotOf(ulong key, ulong displaced, int slotCount) => (int)Math.BigMul((key ^ displaced) * SlotMultiplier, (ulong)slotCount, out _);
    }
}
