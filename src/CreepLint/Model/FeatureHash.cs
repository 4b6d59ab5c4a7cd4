using System.Runtime.CompilerServices;

namespace CreepLint.Model;

/// <summary>
/// Stable 32-bit hashes of features (FNV-1a over UTF-16 code units, finished with the MurmurHash3 mixer). Never
/// <see cref="string.GetHashCode()"/>: model files must hash the same in every process.
/// </summary>
internal static class FeatureHash
{
    private const uint Offset = 2166136261;
    private const uint Prime = 16777619;

    /// <summary>Namespaces keep a word, a bigram and a character n-gram with the same text in different slots.</summary>
    public const char Word = 'w', Bigram = 'b', CharGram = 'g', Field = 'f', FieldPart = 'p', Rule = 'r', Lexicon = 'l', ConstructionPair = 'c';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Start(uint seed, char space) => (Offset ^ seed ^ space) * Prime;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Add(uint h, char c) => (h ^ c) * Prime;

    public static uint Of(uint seed, char space, ReadOnlySpan<char> text)
    {
        var h = Start(seed, space);
        foreach (var c in text)
        {
            h = Add(h, c);
        }

        return h;
    }

    /// <summary>Hashes lower-cased text (field names keep their author's casing).</summary>
    public static uint OfLower(uint seed, char space, ReadOnlySpan<char> text)
    {
        var h = Start(seed, space);
        foreach (var c in text)
        {
            h = Add(h, char.ToLowerInvariant(c));
        }

        return h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Pair(uint seed, uint first, uint second) => Start(seed, Bigram) ^ (first * 0x9E3779B1u) ^ Mix(second);

    /// <summary>A pair of lexicons in one sentence, the same whichever comes first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Construction(uint seed, uint a, uint b) =>
        Start(seed, ConstructionPair) ^ (Math.Min(a, b) * 0x9E3779B1u) ^ Mix(Math.Max(a, b));

    /// <summary>The slot of a hash: the low bits of the mixed value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Slot(uint h, int mask) => (int)(Mix(h) & (uint)mask);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Mix(uint h)
    {
        h ^= h >> 16;
        h *= 0x85EBCA6B;
        h ^= h >> 13;
        h *= 0xC2B2AE35;
        h ^= h >> 16;
        return h;
    }
}
