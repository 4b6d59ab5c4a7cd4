using System.Collections.Frozen;

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
/// Only tokens that are no known word are tried, and only those whose first two or last two letters begin or end some
/// eligible word (one edit leaves one of those pairs as it was): most unknown words are turned away by two bit tests, and
/// the rest are compared with the few eligible words in their buckets. Immutable and thread-safe.
/// </remarks>
internal sealed class FuzzyWords
{
    /// <summary>The shortest word that matches misspellings: shorter words are too often one edit from another real word.</summary>
    public const int MinLength = 6;

    /// <summary>The embedded list of English words one edit from an attribute word of the default pack (<c>realwords.txt</c>).</summary>
    internal const string RealWordsResource = "CreepLint.Matching.realwords.txt";

    private const int Pairs = 26 * 26;

    private static readonly Lazy<FrozenSet<string>> s_realWords = new(LoadRealWords);

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _realWords;
    private readonly List<string> _words = [];

    private readonly ulong[] _firstPairs = new ulong[(Pairs + 63) / 64];
    private readonly ulong[] _lastPairs = new ulong[(Pairs + 63) / 64];
    private readonly (string Word, int Id)[][] _byFirst = new (string, int)[Pairs][];
    private readonly (string Word, int Id)[][] _byLast = new (string, int)[Pairs][];

    /// <param name="words">The eligible words and their ids.</param>
    /// <param name="realWords">English words that are never read as misspellings ("disable" is not "disabled"); the embedded list when null.</param>
    public FuzzyWords(IEnumerable<(string Word, int Id)> words, IEnumerable<string>? realWords = null)
    {
        _realWords = (realWords is null ? s_realWords.Value : realWords.ToFrozenSet(StringComparer.Ordinal)).GetAlternateLookup<ReadOnlySpan<char>>();
        var byFirst = new List<(string, int)>?[Pairs];
        var byLast = new List<(string, int)>?[Pairs];
        foreach (var (word, id) in words)
        {
            if (word.Length < MinLength || !IsLetters(word))
            {
                continue;
            }

            var first = Pair(word[0], word[1]);
            var last = Pair(word[^2], word[^1]);
            (byFirst[first] ??= []).Add((word, id));
            (byLast[last] ??= []).Add((word, id));
            _words.Add(word);
            _firstPairs[first >> 6] |= 1UL << (first & 63);
            _lastPairs[last >> 6] |= 1UL << (last & 63);
            Count++;
        }

        for (var p = 0; p < Pairs; p++)
        {
            _byFirst[p] = byFirst[p]?.ToArray() ?? [];
            _byLast[p] = byLast[p]?.ToArray() ?? [];
        }
    }

    /// <summary>How many words misspellings may stand for.</summary>
    public int Count { get; }

    /// <summary>The words misspellings may stand for.</summary>
    public IReadOnlyList<string> Words => _words;

    /// <summary>Whether a token of this length, with these first and last two characters, may be a misspelling (cheap; no false negatives).</summary>
    public bool MayMatch(char first, char second, char beforeLast, char last, int length) =>
        Count > 0 && length >= MinLength && length <= WordTable.MaxPackedLength + 1
        && ((IsLetter(first) && IsLetter(second) && Has(_firstPairs, Pair(first, second)))
            || (IsLetter(beforeLast) && IsLetter(last) && Has(_lastPairs, Pair(beforeLast, last))));

    /// <summary>Writes the ids of the eligible words <paramref name="token"/> is one edit away from into <paramref name="into"/>; returns how many.</summary>
    public int Match(ReadOnlySpan<char> token, Span<int> into)
    {
        if (token.Length < MinLength || !IsLetters(token))
        {
            return 0;
        }

        var count = 0;
        foreach (var bucket in (ReadOnlySpan<(string Word, int Id)[]>)[_byFirst[Pair(token[0], token[1])], _byLast[Pair(token[^2], token[^1])]])
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

    /// <summary>The English words a token may be although one edit from an attribute word, one per line after '#' comments.</summary>
    private static FrozenSet<string> LoadRealWords()
    {
        using var stream = typeof(FuzzyWords).Assembly.GetManifestResourceStream(RealWordsResource);
        if (stream is null)
        {
            return FrozenSet<string>.Empty;
        }

        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                words.Add(line);
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }

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

    private static bool Has(ulong[] bits, int pair) => (bits[pair >> 6] & (1UL << (pair & 63))) != 0;

    private static int Pair(char a, char b) => ((a - 'a') * 26) + (b - 'a');

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
}
