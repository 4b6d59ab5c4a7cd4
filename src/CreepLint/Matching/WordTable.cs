using System.Collections.Frozen;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace CreepLint.Matching;

/// <summary>
/// Known words looked up by their text packed into integers: a word of up to 16 ASCII characters is its own key (one
/// byte per character in two 64-bit halves), so a lookup is one vector load, one multiply and usually one compare.
/// </summary>
/// <remarks>
/// Half of all message tokens are known words ("you", "to", "the" are lexicon words), so this lookup runs for every
/// token and hashing a string per token was a third of the scan. Words that do not pack (non-ASCII, longer than
/// <see cref="MaxPackedLength"/>) go to a frozen dictionary that is empty for the default pack. Immutable and
/// thread-safe.
/// </remarks>
internal sealed class WordTable
{
    /// <summary>Longest word stored by packed key: two 64-bit halves of one byte per character.</summary>
    public const int MaxPackedLength = 16;

    /// <summary>Slots per stored word: a table at most half full ends most probes at the first or second slot.</summary>
    private const int SlotsPerWord = 2;

    /// <summary>Bits of the filter in front of the short-word table (4 KB, so it stays in the L1 cache).</summary>
    private const int FilterLog2 = 15;

    private const int FilterBits = 1 << FilterLog2;

    private const ulong HashMultiplier = 0x9E3779B97F4A7C15;

    /// <summary>Words of one to eight characters (nearly every token): the key is one 64-bit value.</summary>
    private readonly ShortSlot[] _short;
    private readonly int _shortShift;

    /// <summary>
    /// One bit per hash value of the short words: most unknown words (half of all tokens) fail this read of an L1-resident
    /// 4 KB table and never touch the larger slot table, whose cache misses were most of a lookup's cost.
    /// </summary>
    private readonly ulong[] _shortFilter = new ulong[FilterBits / 64];

    /// <summary>Words of nine to sixteen characters.</summary>
    private readonly LongSlot[] _long;
    private readonly int _longShift;

    private readonly FrozenDictionary<string, WordEntry>.AlternateLookup<ReadOnlySpan<char>> _others;
    private readonly bool _hasOthers;

    public WordTable(IReadOnlyDictionary<string, WordEntry> words)
    {
        var shortWords = words.Where(w => IsPackable(w.Key) && w.Key.Length <= 8).ToList();
        var longWords = words.Where(w => IsPackable(w.Key) && w.Key.Length > 8).ToList();
        var others = words.Where(w => !IsPackable(w.Key));

        (_short, _shortShift) = Allocate<ShortSlot>(shortWords.Count);
        foreach (var (word, entry) in shortWords)
        {
            var key = Pack(word, 0);
            var hash = key * HashMultiplier;
            _shortFilter[FilterIndex(hash)] |= FilterBit(hash);
            var slot = (int)(hash >> _shortShift);
            while (_short[slot].Key != 0)
            {
                slot = (slot + 1) & (_short.Length - 1);
            }

            _short[slot] = new ShortSlot(key, entry);
        }

        (_long, _longShift) = Allocate<LongSlot>(longWords.Count);
        foreach (var (word, entry) in longWords)
        {
            var (lo, hi) = (Pack(word, 0), Pack(word, 8));
            var slot = (int)(LongHash(lo, hi) >> _longShift);
            while (_long[slot].Lo != 0)
            {
                slot = (slot + 1) & (_long.Length - 1);
            }

            _long[slot] = new LongSlot(lo, hi, entry);
        }

        var otherWords = others.ToFrozenDictionary(StringComparer.Ordinal);
        _others = otherWords.GetAlternateLookup<ReadOnlySpan<char>>();
        _hasOthers = otherWords.Count > 0;
    }

    /// <summary>Looks up <paramref name="chars"/>[<paramref name="start"/>, +<paramref name="length"/>).</summary>
    /// <remarks>Takes the array rather than a span so that a short word is loaded with one vector read past its end when the array allows.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGet(char[] chars, int start, int length, out WordEntry entry)
    {
        if ((uint)(length - 1) < 8u && start + 8 <= chars.Length && Vector128.IsHardwareAccelerated && BitConverter.IsLittleEndian)
        {
            var v = Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetArrayDataReference(chars)), (nuint)start);
            v &= Vector128.LessThan(Vector128<ushort>.Indices, Vector128.Create((ushort)length));
            if ((v & Vector128.Create((ushort)0xFF80)) == Vector128<ushort>.Zero)
            {
                return TryGetShort(Vector128.Narrow(v, v).AsUInt64().ToScalar(), out entry);
            }
        }

        return TryGetSlow(chars.AsSpan(start, length), out entry);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TryGetShort(ulong key, out WordEntry entry)
    {
        var hash = key * HashMultiplier;
        if ((_shortFilter[FilterIndex(hash)] & FilterBit(hash)) == 0)
        {
            entry = default;
            return false;
        }

        var slots = _short;
        var slot = (int)(hash >> _shortShift);
        while (true)
        {
            ref readonly var s = ref slots[slot];
            if (s.Key == key)
            {
                entry = s.Entry;
                return true;
            }

            if (s.Key == 0)
            {
                entry = default;
                return false;
            }

            slot = (slot + 1) & (slots.Length - 1);
        }
    }

    private bool TryGetSlow(ReadOnlySpan<char> word, out WordEntry entry)
    {
        if (!IsPackable(word))
        {
            entry = default;
            return _hasOthers && _others.TryGetValue(word, out entry);
        }

        if (word.Length <= 8)
        {
            return TryGetShort(Pack(word, 0), out entry);
        }

        var (lo, hi) = (Pack(word, 0), Pack(word, 8));
        var slots = _long;
        var slot = (int)(LongHash(lo, hi) >> _longShift);
        while (true)
        {
            ref readonly var s = ref slots[slot];
            if (s.Lo == lo && s.Hi == hi)
            {
                entry = s.Entry;
                return true;
            }

            if (s.Lo == 0)
            {
                entry = default;
                return false;
            }

            slot = (slot + 1) & (slots.Length - 1);
        }
    }

    /// <summary>
    /// Whether a word is stored by packed key: one to <see cref="MaxPackedLength"/> ASCII characters and no NUL, which
    /// would be indistinguishable from the zero padding (tokens never contain one: it is not a letter or digit).
    /// </summary>
    private static bool IsPackable(ReadOnlySpan<char> word) =>
        word.Length is > 0 and <= MaxPackedLength && System.Text.Ascii.IsValid(word) && !word.Contains('\0');

    /// <summary>Characters [from, from + 8) of an ASCII word as bytes, first character lowest; zero past the word's end.</summary>
    private static ulong Pack(ReadOnlySpan<char> word, int from)
    {
        ulong key = 0;
        for (var k = Math.Min(word.Length, from + 8) - 1; k >= from; k--)
        {
            key = (key << 8) | word[k];
        }

        return key;
    }

    /// <summary>The filter's 64-bit word for a hash: like the slot index, from the top bits, the well-mixed ones of a multiplicative hash.</summary>
    private static int FilterIndex(ulong hash) => (int)(hash >> (64 - FilterLog2 + 6));

    private static ulong FilterBit(ulong hash) => 1UL << (int)(hash >> (64 - FilterLog2));

    private static ulong LongHash(ulong lo, ulong hi) => (lo ^ BitOperations.RotateLeft(hi * HashMultiplier, 29)) * HashMultiplier;

    private static (T[] Slots, int Shift) Allocate<T>(int count)
    {
        var bits = Math.Max(4, BitOperations.Log2((uint)Math.Max(1, count * SlotsPerWord) - 1) + 1);
        return (new T[1 << bits], 64 - bits);
    }

    private readonly record struct ShortSlot(ulong Key, WordEntry Entry);

    private readonly record struct LongSlot(ulong Lo, ulong Hi, WordEntry Entry);
}
