namespace CreepLint.Model;

/// <summary>A word's own features for one model: the weights of its unigram and character n-grams summed, how many
/// features that is, the weight of its addressed form, whether it is a second-person word, and its unigram hash (which
/// its bigrams are made from).</summary>
internal readonly record struct WordFeatures(double Sum, int Count, float AddressedWeight, bool SecondPerson, uint Hash);

/// <summary>An ASCII word of up to 16 characters, one byte each: the first eight in <see cref="Low"/>, the rest in <see cref="High"/>.</summary>
internal readonly record struct WordKey(ulong Low, ulong High);

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
/// word's n-grams out costs a dozen hashes and reads scattered over the weight table; a cached word costs its packed key
/// and a compare, and its hash (for its bigrams) comes with it. The thread's per-token buffer lives here too.
/// </summary>
/// <remarks>
/// Keys are the word's characters packed one byte each into two 64-bit integers (ASCII words of up to 16 characters;
/// other words are worked out every time), compared exactly, so a hit always gives what the features would. The cache
/// belongs to one model at a time (by <see cref="LinearCreepModel.Stamp"/>) and is emptied when another model uses the
/// thread. Allocated once per thread; lookups and stores allocate nothing.
/// </remarks>
internal sealed class WordCache
{
    /// <summary>Entries as a power of two: 2^14 (640 KB). The SMS corpus has about 9,000 distinct words; at 2^13 (320 KB)
    /// 11–12% of its words missed, rare ones evicted before they came back, against about 7% at 2^14, which lints short
    /// messages 3% faster per CPU-second; 2^15 was no faster (docs/performance.md, issue 16).</summary>
    private const int CapacityBits = 14;

    private const int Capacity = 1 << CapacityBits;

    [ThreadStatic]
    private static WordCache? t_current;

    private readonly Entry[] _entries = new Entry[Capacity];
    private double[] _tokenSums = new double[256];
    private int[] _tokenCounts = new int[256];
    private long _owner;

    /// <summary>This thread's cache, emptied first if it last served another model.</summary>
    public static WordCache For(long modelStamp)
    {
        var cache = t_current ??= new WordCache();
        if (cache._owner != modelStamp)
        {
            Array.Clear(cache._entries);
            cache._owner = modelStamp;
        }

        return cache;
    }

    /// <summary>
    /// The key of an ASCII word of 1..16 characters, packed as the rules' word table packs it, or <c>default</c> (never
    /// cached) for any other. No character is 0, so the packed bytes say the length too.
    /// </summary>
    public static WordKey KeyOf(char[] chars, int start, int length)
    {
        if (Matching.WordTable.TryPack(chars, start, length, out var packed))
        {
            return new WordKey(packed, 0); // One to eight ASCII characters, in one vector operation: nearly every word.
        }

        return Matching.WordTable.TryPack(chars.AsSpan(start, length), out var low, out var high) ? new WordKey(low, high) : default;
    }

    /// <summary>The features stored under <paramref name="key"/>; a hit also gives the word's hash, so a known word is never hashed again.</summary>
    public bool TryGet(WordKey key, out WordFeatures features)
    {
        ref readonly var entry = ref _entries[Index(key)];
        if (key.Low != 0 && entry.Low == key.Low && entry.High == key.High)
        {
            features = new WordFeatures(entry.Sum, entry.Count, entry.AddressedWeight, entry.SecondPerson, entry.Hash);
            return true;
        }

        features = default;
        return false;
    }

    /// <summary>Stores a word's features under its key (a <c>default</c> key is not stored), replacing whatever shared its entry.</summary>
    public void Set(WordKey key, WordFeatures features)
    {
        if (key.Low != 0)
        {
            _entries[Index(key)] = new Entry(key.Low, key.High, features.Sum, features.AddressedWeight, features.Hash, (ushort)features.Count, features.SecondPerson);
        }
    }

    /// <summary>The thread's scratch for construction features (<see cref="FeatureExtractor"/>), grown to fit.</summary>
    public ConstructionScratch Constructions { get; } = new();

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

    /// <summary>The entry of a key: the top bits of its halves mixed by Fibonacci multiplies.</summary>
    private static int Index(WordKey key) => (int)((((key.Low * 0x9E3779B97F4A7C15UL) ^ key.High) * 0x9E3779B97F4A7C15UL) >> (64 - CapacityBits));

    /// <summary>A word's key and features in 40 bytes, so a lookup reads one place.</summary>
    private readonly record struct Entry(ulong Low, ulong High, double Sum, float AddressedWeight, uint Hash, ushort Count, bool SecondPerson);
}

/// <summary>Buffers for sorting one message's lexicon hits by sentence; one per thread, reused, so scoring allocates nothing.</summary>
internal sealed class ConstructionScratch
{
    /// <summary>Buffers larger than this (a huge message) are dropped after use rather than kept per thread.</summary>
    private const int Retained = 1 << 16;

    public FeatureExtractor.LexiconItem[] Items { get; private set; } = new FeatureExtractor.LexiconItem[64];

    public FeatureExtractor.LexiconItem[] BySentence { get; private set; } = new FeatureExtractor.LexiconItem[64];

    public int[] Starts { get; private set; } = new int[64];

    /// <summary>Per sentence, the role bits of <see cref="FeatureSet.Roles"/>.</summary>
    public int[] RoleMasks { get; private set; } = new int[64];

    /// <summary>Per sentence, the last token that gave it a role.</summary>
    public int[] RoleAnchors { get; private set; } = new int[64];

    /// <summary>Per token, whether it stands in a clause about someone other than the reader ("a secret admirer who is looking").</summary>
    public bool[] RoleOthers { get; private set; } = new bool[256];

    /// <summary>The first token of each reader in a pack of another language, for its verb tests (<see cref="ReaderVerbs.MarkActs"/>).</summary>
    public List<int> RoleReaders { get; } = new(16);

    /// <summary>Per sentence, whether it is grounded (<see cref="SentenceRoles.GroundedSentences"/>).</summary>
    public bool[] RoleGrounded { get; private set; } = new bool[64];

    /// <summary>The lint (<see cref="Matching.LintScratch.Generation"/>) and set roles <see cref="RoleMasks"/> and
    /// <see cref="RoleAnchors"/> hold the roles of, and its number of sentences (<see cref="SentenceRoles.Fill"/>).</summary>
    private (int Generation, byte[]? SetRoles, int Sentences) _filled;

    /// <summary>Whether the roles of lint <paramref name="generation"/> with <paramref name="setRoles"/> are already filled in.</summary>
    public bool TryGetFilled(int generation, byte[] setRoles, out int sentences)
    {
        var (filledGeneration, filledRoles, filledSentences) = _filled;
        sentences = filledSentences;
        return filledGeneration == generation && ReferenceEquals(filledRoles, setRoles);
    }

    /// <summary>Notes that the roles of lint <paramref name="generation"/> with <paramref name="setRoles"/> are filled in.</summary>
    public void Filled(int generation, byte[] setRoles, int sentences) => _filled = (generation, setRoles, sentences);

    /// <summary>Forgets the filled roles (the lint generations start again).</summary>
    public void ForgetFilled() => _filled = default;

    /// <summary>Makes room for <see cref="RoleGrounded"/> of <paramref name="sentences"/> sentences.</summary>
    public bool[] FitGrounded(int sentences)
    {
        if (RoleGrounded.Length < sentences)
        {
            RoleGrounded = new bool[Math.Max(sentences, RoleGrounded.Length * 2)];
        }

        return RoleGrounded;
    }

    /// <summary>Makes room for <see cref="RoleOthers"/> of <paramref name="tokens"/> tokens.</summary>
    public bool[] FitOthers(int tokens)
    {
        if (RoleOthers.Length < tokens)
        {
            RoleOthers = new bool[Math.Max(tokens, RoleOthers.Length * 2)];
        }

        return RoleOthers;
    }

    /// <summary>Makes room for the roles of <paramref name="sentences"/> sentences.</summary>
    public void FitRoles(int sentences)
    {
        if (RoleMasks.Length < sentences)
        {
            RoleMasks = new int[Math.Max(sentences, RoleMasks.Length * 2)];
            RoleAnchors = new int[RoleMasks.Length];
        }
    }

    /// <summary>Makes room for <paramref name="hits"/> items over <paramref name="sentences"/> sentences.</summary>
    public void Fit(int hits, int sentences)
    {
        if (Items.Length < hits)
        {
            Items = new FeatureExtractor.LexiconItem[Math.Max(hits, Items.Length * 2)];
            BySentence = new FeatureExtractor.LexiconItem[Items.Length];
        }

        if (Starts.Length < sentences + 1)
        {
            Starts = new int[Math.Max(sentences + 1, Starts.Length * 2)];
        }
    }

    /// <summary>Drops oversized buffers after a huge message.</summary>
    public void Trim()
    {
        if (Items.Length > Retained)
        {
            Items = new FeatureExtractor.LexiconItem[64];
            BySentence = new FeatureExtractor.LexiconItem[64];
        }

        if (Starts.Length > Retained)
        {
            Starts = new int[64];
        }

        if (RoleMasks.Length > Retained)
        {
            ForgetFilled();
            RoleMasks = new int[64];
            RoleAnchors = new int[64];
            RoleGrounded = new bool[64];
        }

        if (RoleOthers.Length > Retained)
        {
            RoleOthers = new bool[256];
        }

        if (RoleReaders.Capacity > Retained)
        {
            RoleReaders.Clear();
            RoleReaders.Capacity = 16;
        }
    }
}

