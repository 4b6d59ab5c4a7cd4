using System.Collections.Frozen;
using System.Runtime.InteropServices;
using CreepLint.Text;

namespace CreepLint.Matching;

/// <summary>A phrase occurrence: term set <see cref="Set"/> matched tokens <see cref="First"/> to <see cref="Last"/> (inclusive).</summary>
internal readonly record struct SetHit(int Set, int First, int Last, int Sentence);

/// <summary>What a word of message text is to the matcher: its word id (or -1) and whether it counts as <c>&lt;number&gt;</c>.</summary>
internal readonly record struct WordEntry(int Id, bool IsNumber);

/// <summary>
/// Every phrase of every rule and lexicon, compiled into one trie over word ids. A message is scanned once: each
/// token is looked up once (one hash lookup for the exact word and number words, then prefix terms) and advances
/// every partial phrase in one step.
/// </summary>
/// <remarks>
/// Immutable after construction and safe to share across threads. Transitions out of the root, taken by every known
/// token, are a flat array indexed by word id; deeper transitions are a frozen hash table.
/// </remarks>
internal sealed class PhraseTable
{
    /// <summary>Slots of the direct table for words of one to three letters a–z (27 values per position: none, a–z).</summary>
    private const int ShortWordSlots = 27 * 27 * 27;

    private readonly FrozenDictionary<string, WordEntry>.AlternateLookup<ReadOnlySpan<char>> _words;

    /// <summary>
    /// Known words of one to three letters a–z by direct index (an unknown slot has id 0, which no word has): in prose a
    /// third of the tokens are such words ("you", "the", "u"), and an array read is far cheaper than hashing them.
    /// </summary>
    private readonly WordEntry[] _shortWords;

    /// <summary>
    /// Per first two characters (low five bits of each), a bit per word length (31 and longer share a bit) for which some
    /// known word exists: most message words fail this one read of a 4 KB table and skip hashing.
    /// </summary>
    private readonly uint[] _wordShapes;
    private readonly PrefixTrie _prefixes;
    private readonly FrozenDictionary<long, int> _transitions;
    private readonly int[] _rootChildren;
    private readonly int[] _terminalStart;
    private readonly int[] _terminalSets;

    internal PhraseTable(
        IReadOnlyDictionary<string, int> words,
        PrefixTrie prefixes,
        IReadOnlyDictionary<long, int> transitions,
        int[] terminalStart,
        int[] terminalSets,
        int maxPhraseLength)
    {
        var entries = new Dictionary<string, WordEntry>(StringComparer.Ordinal);
        foreach (var (word, id) in words)
        {
            entries[word] = new WordEntry(id, TokenClasses.NumberWords.Contains(word));
        }

        foreach (var number in TokenClasses.NumberWords)
        {
            entries.TryAdd(number, new WordEntry(-1, true));
        }

        _words = entries.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _wordShapes = new uint[32 * 32];
        _shortWords = new WordEntry[ShortWordSlots];
        foreach (var (word, entry) in entries)
        {
            _wordShapes[ShapeSlot(word)] |= ShapeBit(word.Length);
            if (ShortWordSlot(word) is var slot && slot >= 0)
            {
                _shortWords[slot] = entry;
            }
        }

        _prefixes = prefixes;
        _transitions = transitions.Where(t => (t.Key >> 32) != 0).ToFrozenDictionary();
        var maxId = transitions.Keys.Where(k => (k >> 32) == 0).Select(k => (int)(uint)k).DefaultIfEmpty(-1).Max();
        _rootChildren = new int[maxId + 1];
        foreach (var (key, child) in transitions)
        {
            if ((key >> 32) == 0)
            {
                _rootChildren[(int)(uint)key] = child;
            }
        }

        _terminalStart = terminalStart;
        _terminalSets = terminalSets;
        MaxPhraseLength = maxPhraseLength;
    }

    public int MaxPhraseLength { get; }

    /// <summary>Scans the tokens once and appends every term-set hit to <paramref name="hits"/>.</summary>
    public void Scan(char[] chars, List<Token> tokens, MatchScratch scratch, List<SetHit> hits)
    {
        var active = scratch.ActiveA;
        var next = scratch.ActiveB;
        active.Clear();
        Span<int> candidates = stackalloc int[16];
        var sentence = -1;
        var span = CollectionsMarshal.AsSpan(tokens);
        for (var t = 0; t < span.Length; t++)
        {
            ref readonly var token = ref span[t];
            if (token.Sentence != sentence)
            {
                active.Clear();
                sentence = token.Sentence;
            }

            var count = Candidates(chars, in token, candidates);
            if (count == 0)
            {
                // An unknown word ends every partial phrase and starts none: the common case, kept cheap.
                active.Clear();
                continue;
            }

            next.Clear();
            for (var c = 0; c < count; c++)
            {
                var id = candidates[c];
                if ((uint)id < (uint)_rootChildren.Length && _rootChildren[id] is var child && child != 0)
                {
                    Advance(child, t, t, sentence, next, hits);
                }
            }

            foreach (var (node, first) in CollectionsMarshal.AsSpan(active))
            {
                for (var c = 0; c < count; c++)
                {
                    if (_transitions.TryGetValue(((long)node << 32) | (uint)candidates[c], out var child))
                    {
                        Advance(child, first, t, sentence, next, hits);
                    }
                }
            }

            (active, next) = (next, active);
        }

        scratch.ActiveA = active;
        scratch.ActiveB = next;
    }

    private void Advance(int child, int first, int last, int sentence, List<(int Node, int First)> next, List<SetHit> hits)
    {
        next.Add((child, first));
        for (var k = _terminalStart[child]; k < _terminalStart[child + 1]; k++)
        {
            hits.Add(new SetHit(_terminalSets[k], first, last, sentence));
        }
    }

    /// <summary>The direct-table slot of a word of one to three letters a–z, or -1.</summary>
    private static int ShortWordSlot(ReadOnlySpan<char> word)
    {
        if (word.Length is 0 or > 3)
        {
            return -1;
        }

        var slot = 0;
        foreach (var c in word)
        {
            if (c is < 'a' or > 'z')
            {
                return -1;
            }

            slot = (slot * 27) + (c - 'a' + 1);
        }

        return slot;
    }

    private static int ShapeSlot(ReadOnlySpan<char> word) =>
        word.Length == 0 ? 0 : ((word[0] & 31) << 5) | (word.Length > 1 ? word[1] & 31 : 0);

    private static uint ShapeBit(int length) => 1u << Math.Min(length, 31);

    /// <summary>Looks a word up: short words in the direct table, others behind the shape filter, then the hash.</summary>
    private bool LookUp(ReadOnlySpan<char> text, out WordEntry entry)
    {
        var slot = ShortWordSlot(text);
        if (slot >= 0)
        {
            entry = _shortWords[slot];
            return entry.Id != 0;
        }

        entry = default;
        return (_wordShapes[ShapeSlot(text)] & ShapeBit(text.Length)) != 0 && _words.TryGetValue(text, out entry);
    }

    private int Candidates(char[] chars, in Token token, Span<int> into)
    {
        var count = 0;
        switch (token.Kind)
        {
            case TokenKind.Placeholder:
                into[count++] = TokenClasses.Placeholder;
                return count;
            case TokenKind.Time:
                into[count++] = TokenClasses.Time;
                break;
            case TokenKind.Percent:
                into[count++] = TokenClasses.Percent;
                break;
            case TokenKind.Money:
                into[count++] = TokenClasses.Money;
                break;
            case TokenKind.Number:
                into[count++] = TokenClasses.Number;
                break;
        }

        var text = chars.AsSpan(token.Start, token.Length);
        if (LookUp(text, out var entry))
        {
            if (entry.Id >= 0)
            {
                into[count++] = entry.Id;
            }

            if (entry.IsNumber && token.Kind == TokenKind.Word)
            {
                into[count++] = TokenClasses.Number;
            }
        }
        else if (token.Kind == TokenKind.Word && text.Length > 3 && text.EndsWith("'s") && LookUp(text[..^2], out var bare) && bare.Id >= 0)
        {
            // A possessive or "is" contraction ("your hay fever's", "your husband's") matches the bare word's terms.
            into[count++] = bare.Id;
        }

        if (token.Kind == TokenKind.Word)
        {
            count += _prefixes.Match(text, into[count..]);
        }

        return count;
    }
}

/// <summary>Per-thread scratch for <see cref="PhraseTable.Scan"/>.</summary>
internal sealed class MatchScratch
{
    public List<(int Node, int First)> ActiveA { get; set; } = [];

    public List<(int Node, int First)> ActiveB { get; set; } = [];
}
