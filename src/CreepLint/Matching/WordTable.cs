using System.Collections.Frozen;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace CreepLint.Matching;

/// <summary>
/// Known words, each with an int, looked up by their text packed into integers: a word of up to 16 ASCII characters is
/// its own key (one byte per character in two 64-bit halves), so a lookup is one vector load and, for the words of up to
/// eight characters that are nearly every token, one read of a <see cref="PerfectHashTable{TValue}"/>.
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

    /// <summary>Slots per stored long word: a table at most half full ends most probes at the first or second slot.</summary>
    private const int SlotsPerWord = 2;

    private const ulong HashMultiplier = 0x9E3779B97F4A7C15;

    /// <summary>Words of one to eight characters (nearly every token): the key is one 64-bit value.</summary>
    private readonly PerfectHashTable<int> _short;

    /// <summary>Words of nine to sixteen characters, by linear probing.</summary>
    private readonly LongSlot[] _long;
    private readonly int _longShift;

    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _others;
    private readonly bool _hasOthers;

    public WordTable(IReadOnlyDictionary<string, int> words)
    {
        // Plain loops and arrays rather than LINQ: this runs once per engine, and on a cold start the JIT time of generic
        // query code over these types costs more than the work.
        var shortKeys = new List<ulong>();
        var shortValues = new List<int>();
        var longWords = new List<(string Word, int Value)>();
        var others = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, value) in words)
        {
            if (!IsPackable(word))
            {
                others.Add(word, value);
            }
            else if (word.Length <= 8)
            {
                shortKeys.Add(Pack(word, 0));
                shortValues.Add(value);
            }
            else
            {
                longWords.Add((word, value));
            }
        }

        _short = new PerfectHashTable<int>(shortKeys.ToArray(), shortValues.ToArray());

        var bits = Math.Max(4, BitOperations.Log2((uint)Math.Max(1, longWords.Count * SlotsPerWord) - 1) + 1);
        _long = new LongSlot[1 << bits];
        _longShift = 64 - bits;
        foreach (var (word, value) in longWords)
        {
            var (lo, hi) = (Pack(word, 0), Pack(word, 8));
            var slot = (int)(LongHash(lo, hi) >> _longShift);
            while (_long[slot].Lo != 0)
            {
                slot = (slot + 1) & (_long.Length - 1);
            }

            _long[slot] = new LongSlot(lo, hi, value);
        }

        _others = others.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _hasOthers = others.Count > 0;
    }

    /// <summary>Looks up <paramref name="chars"/>[<paramref name="start"/>, +<paramref name="length"/>).</summary>
    /// <remarks>Takes the array rather than a span so that a short word is loaded with one vector read past its end when the array allows.</remarks>
    public bool TryGet(char[] chars, int start, int length, out int value) =>
        TryPack(chars, start, length, out var key) ? _short.TryGetValue(key, out value) : TryGetSlow(chars.AsSpan(start, length), out value);

    /// <summary>
    /// Packs a word of one to eight ASCII characters into the key <see cref="PackedReader"/> takes, first character in
    /// the lowest byte; false for other words, which <see cref="TryGet"/> looks up the long way.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryPack(char[] chars, int start, int length, out ulong key)
    {
        if ((uint)(length - 1) < 8u && start + 8 <= chars.Length && Vector128.IsHardwareAccelerated && BitConverter.IsLittleEndian)
        {
            var v = Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetArrayDataReference(chars)), (nuint)start);
            v &= Vector128.LessThan(Vector128<ushort>.Indices, Vector128.Create((ushort)length));
            // Packing with saturation keeps ASCII characters as they are, in one instruction; the key counts only if all are.
            key = Sse2.IsSupported ? Sse2.PackUnsignedSaturate(v.AsInt16(), v.AsInt16()).AsUInt64().ToScalar() : Vector128.Narrow(v, v).AsUInt64().ToScalar();
            return (v & Vector128.Create((ushort)0xFF80)) == Vector128<ushort>.Zero;
        }

        key = 0;
        return false;
    }

    /// <summary>Packs a word of one to <see cref="MaxPackedLength"/> ASCII characters into two halves, first character in
    /// the lowest byte of <paramref name="low"/>; false for any other word.</summary>
    public static bool TryPack(ReadOnlySpan<char> word, out ulong low, out ulong high)
    {
        if (!IsPackable(word))
        {
            (low, high) = (0, 0);
            return false;
        }

        (low, high) = (Pack(word, 0), Pack(word, 8));
        return true;
    }

    /// <summary>Looks up keys made by <see cref="TryPack(char[], int, int, out ulong)"/>; branch-free.</summary>
    public PerfectHashTable<int>.TableReader PackedReader => _short.Reader;

    /// <summary>Looks up a word given as a span (a word the vector path does not take: long, non-ASCII, or near the end of the buffer).</summary>
    private bool TryGetSlow(ReadOnlySpan<char> word, out int value)
    {
        if (!IsPackable(word))
        {
            value = 0;
            return _hasOthers && _others.TryGetValue(word, out value);
        }

        if (word.Length <= 8)
        {
            return _short.TryGetValue(Pack(word, 0), out value);
        }

        TryPack(word, out var lo, out var hi);
        var slots = _long;
        var slot = (int)(LongHash(lo, hi) >> _longShift);
        while (true)
        {
            ref readonly var s = ref slots[slot];
            if (s.Lo == lo && s.Hi == hi)
            {
                value = s.Value;
                return true;
            }

            if (s.Lo == 0)
            {
                value = 0;
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

    private static ulong LongHash(ulong lo, ulong hi) => (lo ^ BitOperations.RotateLeft(hi * HashMultiplier, 29)) * HashMultiplier;

    private readonly record struct LongSlot(ulong Lo, ulong Hi, int Value);
}
