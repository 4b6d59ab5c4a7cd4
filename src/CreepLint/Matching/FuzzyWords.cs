using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace CreepLint.Matching;

/// <summary>
/// The words of the sensitive-attribute lexicons a misspelling may stand for: a word of <see cref="MinLength"/> letters or
/// more also matches a token of as many letters or more one edit away (a letter left out, added, or two neighbours
/// swapped: "pregant", "pregnatn"; for a word of seven letters or more also a letter changed for a neighbouring key or one
/// that sounds the same: "diabetis", "divorse"); it stands for
/// every such word ("diabetis" for diabetes and diabetic). The first letter never changes: real words one edit from an
/// attribute word mostly differ there ("stories" and "tories", "tasting" and "fasting"), typos rarely do. Rules still bind what it
/// matched to the reader as they bind the word itself, so a misspelt trait is read where the trait would be.
/// </summary>
/// <remarks>
/// Only tokens that are no known word are tried, and most are turned away by a hashed bit set of 8 KiB, held in the
/// fastest cache, of what one edit after the first letter leaves of an eligible word: its first three letters, or its
/// first letter with its last two, three or four (<see cref="MayMatchShort"/>, <see cref="MayMatchLong"/>; no false
/// negatives). The verdict on the rest is kept per thread (<see cref="PackedCache"/>); on first sight a word is compared
/// with the eligible words whose first two letters, or first letter and last two, it shares. Immutable and thread-safe.
/// </remarks>
internal sealed class FuzzyWords
{
    /// <summary>The shortest word that matches misspellings: shorter words are too often one edit from another real word.</summary>
    public const int MinLength = 6;

    /// <summary>The embedded list of English words one edit from an attribute word of the default pack (<c>realwords.txt</c>).</summary>
    internal const string RealWordsResource = "CreepLint.Matching.realwords.txt";

    private const int Pairs = 26 * 26;

    private static readonly Lazy<FrozenSet<string>> s_realWords = new(() => Text.EmbeddedWordList.Load(RealWordsResource));

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _realWords;
    private readonly List<string> _words = [];

    /// <summary>Keys of a word's first letter and its last two: 26 × 676.</summary>
    private const int Ends = 26 * Pairs;

    /// <summary>Word lengths the filters tell apart: <see cref="MinLength"/> to <see cref="MinLength"/> + 15.</summary>
    private const int Lengths = 16;

    /// <summary>Per first pair, and per first letter and last pair: a bit for each length of eligible word (bit 0 is <see cref="MinLength"/>).</summary>
    private readonly ushort[] _firstPairs = new ushort[Pairs];
    private readonly ushort[] _ends = new ushort[Ends];
    private readonly (string Word, int Id)[][] _byFirst = new (string, int)[Pairs][];
    private readonly (string Word, int Id)[][] _byEnds = new (string, int)[Ends][];

    /// <summary>Tokens of this many characters or more are filtered on their last four letters (<see cref="MayMatchLong"/>), shorter ones on their last two or three.</summary>
    private const int LongFrom = 9;

    /// <summary>Bits of <see cref="_filter"/>: 65,536 (8 KiB, held in the fastest cache), about one bit in forty set by the default pack's 250 words.</summary>
    private const int FilterBits = 16;

    /// <summary>
    /// A hashed bit set of what an edit after its first letter leaves of an eligible word, with each token length one edit
    /// away: its first three letters, and its first letter with its last two (a word of six letters), three (a word of seven
    /// letters or more, for tokens of up to eight) or four (for tokens of nine or more, one edit from words of eight or more).
    /// </summary>
    private readonly ulong[] _filter = new ulong[(1 << FilterBits) / 64];

    /// <param name="words">The eligible words and their ids.</param>
    /// <param name="realWords">English words that are never read as misspellings ("disable" is not "disabled"); the embedded list when null.</param>
    public FuzzyWords(IEnumerable<(string Word, int Id)> words, IEnumerable<string>? realWords = null)
    {
        _realWords = (realWords is null ? s_realWords.Value : realWords.ToFrozenSet(StringComparer.Ordinal)).GetAlternateLookup<ReadOnlySpan<char>>();
        var byFirst = new List<(string, int)>?[Pairs];
        var byEnds = new List<(string, int)>?[Ends];
        foreach (var (word, id) in words)
        {
            if (word.Length < MinLength || !IsLetters(word))
            {
                continue;
            }

            var first = Pair(word[0], word[1]);
            var ends = EndsKey(word[0], word[^2], word[^1]);
            (byFirst[first] ??= []).Add((word, id));
            (byEnds[ends] ??= []).Add((word, id));
            _words.Add(word);
            var lengthBit = (ushort)(1 << Math.Min(word.Length - MinLength, Lengths - 1));
            _firstPairs[first] |= lengthBit;
            _ends[ends] |= lengthBit;
            for (var length = Math.Max(word.Length - 1, MinLength); length <= word.Length + 1; length++)
            {
                SetFilter(HeadKey(word, length));
                SetFilter(length < LongFrom ? ShortTailKey(word, word.Length == MinLength ? 2 : 3, length) : TailKey(word, length));
            }

            Count++;
        }

        for (var p = 0; p < Pairs; p++)
        {
            _byFirst[p] = byFirst[p]?.ToArray() ?? [];
        }

        for (var e = 0; e < Ends; e++)
        {
            _byEnds[e] = byEnds[e]?.ToArray() ?? [];
        }
    }

    /// <summary>How many words misspellings may stand for.</summary>
    public int Count { get; }

    /// <summary>The words misspellings may stand for.</summary>
    public IReadOnlyList<string> Words => _words;

    /// <summary>
    /// Whether a token of this length, with these first and last two characters, may be a misspelling (cheap; no false
    /// negatives): one edit after the first letter leaves either the first two letters or the first letter and the last two.
    /// </summary>
    public bool MayMatch(char first, char second, char beforeLast, char last, int length)
    {
        if (Count == 0 || length < MinLength || length > WordTable.MaxPackedLength + 1 || !IsLetter(first))
        {
            return false;
        }

        // An eligible word one edit away is one letter shorter, as long, or one longer than the token.
        var near = (7 << Math.Max(length - MinLength - 1, 0)) >> (length == MinLength ? 1 : 0);
        return (IsLetter(second) && (_firstPairs[Pair(first, second)] & near) != 0)
            || (IsLetter(beforeLast) && IsLetter(last) && (_ends[EndsKey(first, beforeLast, last)] & near) != 0);
    }

    /// <summary>
    /// Whether a token of <see cref="LongFrom"/> characters or more may be a misspelling (cheap, in an 8 KiB table; no false
    /// negatives): an eligible word one edit away has eight letters or more, and an edit after its first letter leaves either
    /// its first three letters (an edit at the fourth letter or later) or its last four (an edit at the second or third,
    /// which leaves at least four letters after it).
    /// </summary>
    public bool MayMatchLong(ReadOnlySpan<char> token) =>
        token.Length >= LongFrom && (InFilter(HeadKey(token, token.Length)) || InFilter(TailKey(token, token.Length)));

    /// <summary>
    /// Whether a token of <see cref="MinLength"/> to eight letters, packed into <paramref name="key"/>, may be a misspelling
    /// (no false negatives): an edit after the first letter leaves an eligible word's first three letters (an edit at the
    /// fourth or later) or, with its first letter, its last two (a six-letter word: an edit at the second or third letter
    /// leaves at least two after it) or last three (seven letters or more: at least three).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayMatchShort(ulong key, int length)
    {
        var first = key & 0xFF;
        var head = (key & 0xFFFFFF) | ((ulong)length << 24) | (1UL << 56);
        var tail2 = first | (((key >> ((length - 2) * 8)) & 0xFFFF) << 8) | ((ulong)length << 40) | (3UL << 56);
        var tail3 = first | (((key >> ((length - 3) * 8)) & 0xFFFFFF) << 8) | ((ulong)length << 40) | (4UL << 56);
        return InFilter(head) | InFilter(tail2) | InFilter(tail3);
    }

    /// <summary>Whether <paramref name="word"/> is one edit from some eligible word and no real word: what <see cref="PackedCache"/> keeps.</summary>
    internal bool Judge(ReadOnlySpan<char> word)
    {
        Span<int> ids = stackalloc int[4];
        return word.Length >= MinLength && MayMatch(word[0], word[1], word[^2], word[^1], word.Length) && Match(word, ids) > 0;
    }

    /// <summary>Writes the ids of the eligible words <paramref name="token"/> is one edit away from into <paramref name="into"/>; returns how many.</summary>
    public int Match(ReadOnlySpan<char> token, Span<int> into)
    {
        if (token.Length < MinLength || !IsLetters(token))
        {
            return 0;
        }

        var count = 0;
        foreach (var bucket in (ReadOnlySpan<(string Word, int Id)[]>)[_byFirst[Pair(token[0], token[1])], _byEnds[EndsKey(token[0], token[^2], token[^1])]])
        {
            foreach (var (word, id) in bucket)
            {
                if (count < into.Length && OneEditApart(token, word) && !into[..count].Contains(id))
                {
                    into[count++] = id;
                }
            }
        }

        // The list of real words is consulted only for a token that is one edit from a word: most tokens are not.
        return count > 0 && _realWords.Contains(token) ? 0 : count;
    }

    /// <summary>
    /// Whether token <paramref name="a"/> is word <paramref name="b"/> with exactly one edit after its first letter: a letter
    /// added or left out, two neighbours swapped, or (in a word of seven letters or more) a letter changed for a confusable one.
    /// </summary>
    internal static bool OneEditApart(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        // Cheapest tests first: most pairs differ in length by more than one or in their first letter.
        if (Math.Abs(a.Length - b.Length) > 1 || a.Length == 0 || b.Length == 0 || a[0] != b[0] || a.SequenceEqual(b))
        {
            return false;
        }

        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        if (a.Length == b.Length)
        {
            // Two neighbours swapped, or a letter changed for one a typist would hit or hear instead, in a longer word.
            return (i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a[(i + 2)..].SequenceEqual(b[(i + 2)..]))
                || (b.Length >= MinLength + 1 && Confusable(a[i], b[i]) && a[(i + 1)..].SequenceEqual(b[(i + 1)..]));
        }

        // A letter added or left out.
        return a.Length > b.Length ? a[(i + 1)..].SequenceEqual(b[i..]) : a[i..].SequenceEqual(b[(i + 1)..]);
    }

    /// <summary>
    /// Whether a typist aiming for <paramref name="meant"/> plausibly types <paramref name="typed"/>: a neighbouring key on a
    /// QWERTY keyboard, or a letter spelt as it sounds (s or k for c, s/z, i/y, one vowel for another): "divorse" is a typo
    /// of "divorce", but "protect" is no typo of "protest" (a soft s is not spelt c).
    /// </summary>
    internal static bool Confusable(char typed, char meant)
    {
        if (!IsLetter(typed) || !IsLetter(meant))
        {
            return false;
        }

        return s_neighbours[meant - 'a'].Contains(typed) || (IsVowel(typed) && IsVowel(meant))
            || (typed, meant) is ('s', 'c') or ('k', 'c') or ('s', 'z') or ('z', 's') or ('i', 'y') or ('y', 'i');
    }

    private static readonly string[] s_neighbours =
    [
        "qwsz", "vghn", "xdfv", "serfcx", "wsdr", "drtgvc", "ftyhbv", "gyujnb", "ujko", "huikmn", "jiolm", "kop", "njk",
        "bhjm", "iklp", "ol", "wa", "edft", "awedxz", "rfgy", "yhji", "cfgb", "qase", "zsdc", "tghu", "asx",
    ];

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>
    /// The English words of <paramref name="dictionary"/> a token of the eligible <paramref name="words"/> could be mistaken
    /// for: each letters-only word one edit from an eligible word (as <see cref="OneEditApart"/> decides) and not eligible
    /// itself. How realwords.txt is made (RealWordListTests).
    /// </summary>
    internal static IEnumerable<string> RealWordsNear(IEnumerable<string> words, IEnumerable<string> dictionary)
    {
        var eligible = words.Where(w => w.Length >= MinLength && IsLetters(w)).ToHashSet(StringComparer.Ordinal);
        var byFirst = eligible.GroupBy(w => w[0]).ToDictionary(g => g.Key, g => g.ToArray());
        foreach (var word in dictionary.Select(w => w.Trim()).Where(w => w.Length >= MinLength && IsLetters(w)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (!eligible.Contains(word) && byFirst.TryGetValue(word[0], out var near) && near.Any(e => OneEditApart(word, e)))
            {
                yield return word;
            }
        }
    }

    /// <summary>A word's first three characters (their low bytes: a collision only costs a comparison) and a token length.</summary>
    private static ulong HeadKey(ReadOnlySpan<char> word, int length) =>
        (byte)word[0] | ((ulong)(byte)word[1] << 8) | ((ulong)(byte)word[2] << 16) | ((ulong)(ushort)length << 24) | (1UL << 56);

    /// <summary>A word's first character and last four, and a token length.</summary>
    private static ulong TailKey(ReadOnlySpan<char> word, int length) =>
        (byte)word[0] | ((ulong)(byte)word[^4] << 8) | ((ulong)(byte)word[^3] << 16) | ((ulong)(byte)word[^2] << 24)
        | ((ulong)(byte)word[^1] << 32) | ((ulong)(ushort)length << 40) | (2UL << 56);

    /// <summary>A word's first character and its last <paramref name="count"/> (two or three), and a token length, laid out as <see cref="MayMatchShort"/> reads them from a packed key.</summary>
    private static ulong ShortTailKey(ReadOnlySpan<char> word, int count, int length)
    {
        ulong tail = 0;
        for (var i = 0; i < count; i++)
        {
            tail |= (ulong)(byte)word[word.Length - count + i] << (8 * i);
        }

        return (byte)word[0] | (tail << 8) | ((ulong)length << 40) | ((ulong)(count + 1) << 56);
    }

    private static int FilterBit(ulong key) => (int)((key * 0x9E3779B97F4A7C15) >> (64 - FilterBits));

    private void SetFilter(ulong key)
    {
        var bit = FilterBit(key);
        _filter[bit >> 6] |= 1UL << bit;
    }

    private bool InFilter(ulong key)
    {
        var bit = FilterBit(key);
        return (_filter[bit >> 6] & (1UL << bit)) != 0;
    }

    private static int Pair(char a, char b) => ((a - 'a') * 26) + (b - 'a');

    private static int EndsKey(char first, char beforeLast, char last) => ((first - 'a') * Pairs) + Pair(beforeLast, last);

    private static bool IsLetter(char c) => c is >= 'a' and <= 'z';

    private static bool IsLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A cache of verdicts on words (whether each is a misspelling of an eligible word) for one <see cref="FuzzyWords"/>,
    /// kept in one thread's scratch (<see cref="MatchScratch.Misspellings"/>). Words repeat (Zipf), so after the first
    /// sighting of a word its verdict is one array read: an entry is the word's packed key with the verdict in its top bit,
    /// which packed ASCII never sets, so a probe reads one word of memory and two misspellings on a line cost no more.
    /// </summary>
    /// <remarks>
    /// Two ways per set (an entry and its neighbour in the same cache line), the one used last first, so that two frequent
    /// words sharing a set do not evict each other. A verdict is the same whether cached or worked out
    /// (<see cref="Judge"/>), so the cache changes speed only (FuzzyWordsTests holds both equal).
    /// </remarks>
    internal sealed class PackedCache
    {
        /// <summary>Sets of two entries: 8,192 sets hold the distinct words that pass the filters in a large corpus, in 128 KiB (words of up to eight letters) and 256 KiB (longer).</summary>
        private const int SetBits = 13;

        /// <summary>Marks a misspelling in an entry: packed ASCII leaves the top bit of every byte clear.</summary>
        private const ulong Misspelt = 1UL << 63;

        private const int Shift = 64 - SetBits;

        private readonly ulong[] _short = new ulong[2 << SetBits];
        private readonly (ulong Low, ulong High)[] _long = new (ulong, ulong)[2 << SetBits];

        /// <param name="owner">The words misspellings may stand for.</param>
        public PackedCache(FuzzyWords owner)
        {
            Owner = owner;
        }

        public FuzzyWords Owner { get; }

        /// <summary>Whether the word packed into <paramref name="key"/> (<see cref="WordTable.TryPack(char[], int, int, out ulong)"/>), <paramref name="length"/> letters, is a misspelling.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool IsMisspelt(ulong key, int length)
        {
            if (!Owner.MayMatchShort(key, length))
            {
                return false; // No eligible word is one edit away: most words end here, in a table held in the fastest cache.
            }

            // The set index is below 2 << SetBits by construction (the hash is shifted down to SetBits bits).
            var set = (int)((key * 0x9E3779B97F4A7C15) >> Shift) << 1;
            var first = Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_short), set);
            return (first & ~Misspelt) == key ? first >= Misspelt : JudgeShort(key, length, set);
        }

        /// <summary>Whether <paramref name="word"/> (any token of <see cref="MinLength"/> characters or more) is a misspelling.</summary>
        public bool IsMisspelt(ReadOnlySpan<char> word)
        {
            if (word.Length <= 8)
            {
                if (!WordTable.TryPack(word, out var key, out _))
                {
                    return Owner.Judge(word);
                }

                return IsMisspelt(key, word.Length);
            }

            if (!Owner.MayMatchLong(word) || !Owner.MayMatch(word[0], word[1], word[^2], word[^1], word.Length))
            {
                return false; // No eligible word is one edit away.
            }

            if (!WordTable.TryPack(word, out var low, out var high))
            {
                return Owner.Judge(word); // Too long or not ASCII to pack: nothing to cache.
            }

            var set = (int)(((low * 0x9E3779B97F4A7C15) ^ (high * 0xC2B2AE3D27D4EB4F)) >> Shift) << 1;
            var entries = _long;
            for (var way = 0; way < 2; way++)
            {
                var (l, h) = entries[set + way];
                if (l == low && (h & ~Misspelt) == high)
                {
                    if (way == 1)
                    {
                        (entries[set], entries[set + 1]) = (entries[set + 1], entries[set]);
                    }

                    return h >= Misspelt;
                }
            }

            var misspelt = Owner.Judge(word);
            entries[set + 1] = entries[set];
            entries[set] = (low, high | (misspelt ? Misspelt : 0));
            return misspelt;
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private bool JudgeShort(ulong key, int length, int set)
        {
            var entries = _short;
            var second = entries[set + 1];
            if ((second & ~Misspelt) == key)
            {
                (entries[set], entries[set + 1]) = (second, entries[set]);
                return second >= Misspelt;
            }

            Span<char> word = stackalloc char[8];
            for (var i = 0; i < length; i++)
            {
                word[i] = (char)((key >> (i * 8)) & 0xFF);
            }

            var misspelt = Owner.Judge(word[..length]);
            entries[set + 1] = entries[set];
            entries[set] = key | (misspelt ? Misspelt : 0);
            return misspelt;
        }
    }
}
