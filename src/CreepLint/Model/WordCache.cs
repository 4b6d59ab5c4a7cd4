namespace CreepLint.Model;

/// <summary>A word's own features for one model: the weights of its unigram and character n-grams summed, how many
/// features that is, the weight of its addressed form, and whether it is a second-person word.</summary>
internal readonly record struct WordFeatures(double Sum, int Count, float AddressedWeight, bool SecondPerson);

/// <summary>Per-token sums of feature weights in a thread's buffer (the lexicon hits of one message); <see cref="Clear"/> after use.</summary>
internal readonly record struct PerTokenSums(double[] Sums, int[] Counts, int Length)
{
    public void Clear()
    {
        if (Length > 0)
        {
            Array.Clear(Sums, 0, Length);
            Array.Clear(Counts, 0, Length);
        }
    }
}

/// <summary>
/// A per-thread, direct-mapped cache of each word's own features for one model (<see cref="WordFeatures"/>). Working a
/// word's n-grams out costs a dozen hashes and reads scattered over the weight table; a cached word costs the one hash
/// its bigrams need anyway and a compare. The thread's per-token buffer lives here too.
/// </summary>
/// <remarks>
/// Keys are the word's characters, compared exactly, so a hit always gives what the features would. The cache belongs to
/// one model at a time (by <see cref="LinearCreepModel.Stamp"/>) and is emptied when another model uses the thread.
/// Allocated once per thread; lookups and stores allocate nothing.
/// </remarks>
internal sealed class WordCache
{
    /// <summary>Longest word cached: nearly every word is shorter, and short entries keep the cache small.</summary>
    public const int MaxWordLength = 16;

    /// <summary>Entries as a power of two: 2^13 (about 450 KB with the weights' 256 KB still inside a 1 MB L2) hit 89% of the
    /// words of the SMS corpus, against 73% for 2^11; most of the misses are words seen for the first time.</summary>
    private const int CapacityBits = 13;

    private const int Capacity = 1 << CapacityBits;

    [ThreadStatic]
    private static WordCache? t_current;

    private readonly char[] _chars = new char[Capacity * MaxWordLength];
    private readonly byte[] _lengths = new byte[Capacity];
    private readonly uint[] _hashes = new uint[Capacity];
    private readonly WordFeatures[] _features = new WordFeatures[Capacity];
    private double[] _tokenSums = new double[256];
    private int[] _tokenCounts = new int[256];
    private long _owner;

    /// <summary>This thread's cache, emptied first if it last served another model.</summary>
    public static WordCache For(long modelStamp)
    {
        var cache = t_current ??= new WordCache();
        if (cache._owner != modelStamp)
        {
            Array.Clear(cache._lengths);
            cache._owner = modelStamp;
        }

        return cache;
    }

    public bool TryGet(ReadOnlySpan<char> word, uint hash, out WordFeatures features)
    {
        var i = Index(hash);
        if (_lengths[i] == word.Length && _hashes[i] == hash && word.SequenceEqual(_chars.AsSpan(i * MaxWordLength, word.Length)))
        {
            features = _features[i];
            return true;
        }

        features = default;
        return false;
    }

    /// <summary>Stores a word of 1..<see cref="MaxWordLength"/> characters, replacing whatever shared its entry.</summary>
    public void Set(ReadOnlySpan<char> word, uint hash, WordFeatures features)
    {
        var i = Index(hash);
        word.CopyTo(_chars.AsSpan(i * MaxWordLength, MaxWordLength));
        _lengths[i] = (byte)word.Length;
        _hashes[i] = hash;
        _features[i] = features;
    }

    /// <summary>This thread's zeroed per-token buffer for <paramref name="tokens"/> tokens (grown, never shrunk).</summary>
    public PerTokenSums TokenSums(int tokens)
    {
        if (_tokenSums.Length < tokens)
        {
            _tokenSums = new double[Math.Max(tokens, _tokenSums.Length * 2)];
            _tokenCounts = new int[_tokenSums.Length];
        }

        return new PerTokenSums(_tokenSums, _tokenCounts, tokens);
    }

    /// <summary>The entry of a hash: its top bits after a Fibonacci multiply (FNV's low bits vary too little).</summary>
    private static int Index(uint hash) => (int)((hash * 0x9E3779B1u) >> (32 - CapacityBits));
}
