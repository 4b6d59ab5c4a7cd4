using System.Collections.Frozen;
using System.Runtime.CompilerServices;

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
/// Only tokens that are no known word are tried, and only those whose first two letters, or whose first letter and last
/// two, are an eligible word's (one edit after the first letter leaves one of those as it was): most unknown words are
/// turned away by two bit tests, and the rest are compared with the few eligible words of those two buckets. Immutable
/// and thread-safe.
/// </remarks>
internal sealed class FuzzyWords
{
    /// <summary>The shortest word that matches misspellings: shorter words are too often one edit from another real word.</summary>
    public const int MinLength = 6;

    /// <summary>The embedded list of English words one edit from an attribute word of the default pack (<c>realwords.txt</c>).</summary>
    internal const string RealWordsResource = "CreepLint.Matching.realwords.txt";

    private const int Pairs = 26 * 26;

    private static readonly Lazy<FrozenSet<string>> s_realWords = new(() => Text.EmbeddedWordList.Load(RealWordsResource));

    [ThreadStatic]
    private static PackedCache? t_cache;

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

    /// <summary>This thread's cache of verdicts on packed words (<see cref="PackedCache.IsMisspelt"/>); fetch it once per message.</summary>
    public PackedCache CacheForThread()
    {
        var cache = t_cache;
        if (cache is null || !ReferenceEquals(cache.Owner, this))
        {
            t_cache = cache = new PackedCache(this);
        }

        return cache;
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
    /// A direct-mapped cache of packed words (<see cref="WordTable.TryPack(char[], int, int, out ulong)"/>) and whether
    /// each is a misspelling of an eligible word, for one <see cref="FuzzyWords"/> on one thread. Words repeat (Zipf), so
    /// after the first sighting of a word its verdict is one array read.
    /// </summary>
    internal sealed class PackedCache(FuzzyWords owner)
    {
        private const int Bits = 14;

        private readonly ulong[] _keys = new ulong[1 << Bits];
        private readonly bool[] _misspelt = new bool[1 << Bits];
        private readonly (ulong Low, ulong High)[] _longKeys = new (ulong, ulong)[1 << Bits];
        private readonly bool[] _longMisspelt = new bool[1 << Bits];

        public FuzzyWords Owner { get; } = owner;

        /// <summary>Whether the packed word of <paramref name="length"/> letters is a misspelling of some eligible word.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool IsMisspelt(ulong key, int length)
        {
            var slot = (int)((key * 0x9E3779B97F4A7C15) >> (64 - Bits));
            return _keys[slot] == key ? _misspelt[slot] : Judge(key, length, slot);
        }

        /// <summary>Whether a word of nine to sixteen characters may be a misspelling (false for certain when not); cached like short words.</summary>
        public bool MayBeMisspeltLong(ReadOnlySpan<char> word)
        {
            if (!WordTable.TryPack(word, out var low, out var high))
            {
                return true; // Not packable: let the comparison decide.
            }

            var slot = (int)(((low * 0x9E3779B97F4A7C15) ^ (high * 0xC2B2AE3D27D4EB4F)) >> (64 - Bits));
            if (_longKeys[slot] == (low, high))
            {
                return _longMisspelt[slot];
            }

            Span<int> ids = stackalloc int[4];
            var misspelt = Owner.MayMatch(word[0], word[1], word[^2], word[^1], word.Length) && Owner.Match(word, ids) > 0;
            _longKeys[slot] = (low, high);
            _longMisspelt[slot] = misspelt;
            return misspelt;
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private bool Judge(ulong key, int length, int slot)
        {
            Span<char> word = stackalloc char[8];
            for (var i = 0; i < length; i++)
            {
                word[i] = (char)((key >> (i * 8)) & 0xFF);
            }

            word = word[..length];
            Span<int> ids = stackalloc int[4];
            var misspelt = Owner.MayMatch(word[0], word[1], word[^2], word[^1], length) && Owner.Match(word, ids) > 0;
            _keys[slot] = key;
            _misspelt[slot] = misspelt;
            return misspelt;
        }
    }
}
