using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using CreepLint.Text;

namespace CreepLint.Matching;

/// <summary>A phrase occurrence: term set <see cref="Set"/> matched tokens <see cref="First"/> to <see cref="Last"/> (inclusive).</summary>
internal readonly record struct SetHit(int Set, int First, int Last, int Sentence);

/// <summary>What a word of message text is to the matcher: its word id (or -1) and whether it counts as <c>&lt;number&gt;</c>.</summary>
internal readonly record struct WordEntry(int Id, bool IsNumber);

/// <summary>
/// Every phrase of every rule and lexicon, compiled into one trie over word ids. A message is scanned once: each
/// token is looked up once (its packed text in <see cref="WordTable"/> for the exact word and number words, then
/// prefix terms) and advances every partial phrase in one step.
/// </summary>
/// <remarks>
/// Immutable after construction and safe to share across threads. Transitions out of the root, taken by every known
/// token, are a flat array indexed by word id; deeper transitions are a <see cref="TransitionTable"/>.
/// </remarks>
internal sealed class PhraseTable
{
    /// <summary>Most candidates one token can have; prefix terms beyond it are not matched.</summary>
    private const int MaxCandidates = 16;

    /// <summary>A looked-up token that stands for no word id or token class.</summary>
    private const int NoCandidates = -1;

    /// <summary>A looked-up token whose candidates <see cref="Candidates"/> works out (other token kinds, long or non-ASCII words, possible possessives and prefixes).</summary>
    private const int WorkOutCandidates = -2;

    /// <summary>Known words; the value of each is its offset in <see cref="_entries"/>.</summary>
    private readonly WordTable _words;

    /// <summary>Per known word: its id (-1 for a number word that is no term), the count of its candidates as a word token, then those.</summary>
    private readonly int[] _entries;
    private readonly PrefixTrie _prefixes;
    private readonly TransitionTable _transitions;
    private readonly int[] _rootChildren;
    private readonly int[] _terminalStart;
    private readonly int[] _terminalSets;

    /// <summary>
    /// Per trie node, whether any phrase goes on from it. Most phrases are one word ("you", "your"), and a partial phrase
    /// at a leaf could only be probed and dropped at the next token, so leaves are never kept.
    /// </summary>
    private readonly bool[] _hasChildren;

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

        // Each known word's candidates as a word token are fixed (its id, <number>, the prefix terms it starts with), so
        // they are worked out here once instead of for every occurrence.
        var lists = new List<int>();
        var offsets = new Dictionary<string, int>(StringComparer.Ordinal);
        Span<int> candidates = stackalloc int[MaxCandidates];
        foreach (var (word, entry) in entries)
        {
            var count = 0;
            if (entry.Id >= 0)
            {
                candidates[count++] = entry.Id;
            }

            if (entry.IsNumber)
            {
                candidates[count++] = TokenClasses.Number;
            }

            count += prefixes.Match(word, candidates[count..]);
            offsets[word] = lists.Count;
            lists.Add(entry.Id);
            lists.Add(count);
            lists.AddRange(candidates[..count]);
        }

        _words = new WordTable(offsets);
        _entries = [.. lists];
        _prefixes = prefixes;
        _transitions = new TransitionTable(transitions.Where(t => (t.Key >> 32) != 0));
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
        _hasChildren = new bool[terminalStart.Length];
        foreach (var key in transitions.Keys)
        {
            _hasChildren[(int)(key >> 32)] = true;
        }

        MaxPhraseLength = maxPhraseLength;
    }

    public int MaxPhraseLength { get; }

    /// <summary>Scans the tokens once and appends every term-set hit to <paramref name="hits"/>.</summary>
    /// <remarks>
    /// Two passes: every token is looked up first, then the trie is walked. A lookup is a chain of dependent reads, and
    /// whether a word is known decides what the walk does next; done in one loop, each unpredictable "known?" branch
    /// threw away the lookups the processor had started for the tokens after it. In a loop of their own the lookups
    /// overlap, and the walk only reads their results.
    /// </remarks>
    public void Scan(char[] chars, List<Token> tokens, MatchScratch scratch, List<SetHit> hits)
    {
        var span = CollectionsMarshal.AsSpan(tokens);
        var looked = scratch.LookUps(span.Length);
        LookUp(chars, span, looked);

        var active = scratch.Active;
        var next = scratch.Next;
        var activeCount = 0;
        Span<int> buffer = stackalloc int[MaxCandidates];
        var sentence = -1;
        for (var t = 0; t < span.Length; t++)
        {
            ref readonly var token = ref span[t];
            if (token.Sentence != sentence)
            {
                activeCount = 0;
                sentence = token.Sentence;
            }

            var at = looked[t];
            var candidates = at >= 0 ? new ReadOnlySpan<int>(_entries, at + 2, _entries[at + 1])
                : at == NoCandidates ? default
                : Candidates(chars, in token, buffer);
            if (candidates.IsEmpty)
            {
                // An unknown word ends every partial phrase and starts none: the common case, kept cheap.
                activeCount = 0;
                continue;
            }

            var nextCount = 0;
            foreach (var id in candidates)
            {
                if ((uint)id < (uint)_rootChildren.Length && _rootChildren[id] is var child && child != 0)
                {
                    Advance(child, t, t, sentence, ref next, ref nextCount, hits);
                }
            }

            for (var a = 0; a < activeCount; a++)
            {
                var (node, first) = active[a];
                foreach (var id in candidates)
                {
                    var child = _transitions.Child(node, id);
                    if (child != 0)
                    {
                        Advance(child, first, t, sentence, ref next, ref nextCount, hits);
                    }
                }
            }

            // The partials just extended become the active ones; the old array is reused for the next token.
            (active, next) = (next, active);
            activeCount = nextCount;
        }

        scratch.Active = active;
        scratch.Next = next;
    }

    /// <summary>
    /// Writes, per token, the offset of its entry in <see cref="_entries"/> when it is a known word,
    /// <see cref="NoCandidates"/> when it is a word that can stand for nothing, or <see cref="WorkOutCandidates"/>.
    /// </summary>
    /// <remarks>
    /// Branch-free for words of up to eight ASCII characters (nearly all), so that the processor overlaps the lookups of
    /// many tokens. An unknown word stands for nothing unless it may be a possessive of a known word ("husband's") or
    /// start a prefix term; both are decided from its packed characters.
    /// </remarks>
    private void LookUp(char[] chars, ReadOnlySpan<Token> tokens, Span<int> into)
    {
        for (var t = 0; t < tokens.Length; t++)
        {
            ref readonly var token = ref tokens[t];
            if (token.Kind == TokenKind.Word && WordTable.TryPack(chars, token.Start, token.Length, out var key))
            {
                var found = _words.TryGetPacked(key, out var at);
                var length = token.Length;
                var possessive = (length > 3) & ((key >> ((length - 2) * 8)) & 0xFFFF) == ('\'' | ('s' << 8));
                var prefix = _prefixes.MayMatch((char)(key & 0xFF), (char)((key >> 8) & 0xFF), length);

                // Selected with masks rather than conditionals, which compile to branches that mispredict on such data.
                var unknown = NoCandidates - Bit(possessive | prefix);
                var foundMask = -Bit(found);
                into[t] = (at & foundMask) | (unknown & ~foundMask);
            }
            else
            {
                into[t] = WorkOutCandidates;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Advance(int child, int first, int last, int sentence, ref Partial[] next, ref int nextCount, List<SetHit> hits)
    {
        if (_hasChildren[child])
        {
            if (nextCount == next.Length)
            {
                Array.Resize(ref next, next.Length * 2);
            }

            next[nextCount++] = new Partial(child, first);
        }

        for (var k = _terminalStart[child]; k < _terminalStart[child + 1]; k++)
        {
            hits.Add(new SetHit(_terminalSets[k], first, last, sentence));
        }
    }

    private static int Bit(bool value) => Unsafe.BitCast<bool, byte>(value);

    /// <summary>The word ids and token classes <paramref name="token"/> stands for, in a fixed order.</summary>
    private ReadOnlySpan<int> Candidates(char[] chars, in Token token, Span<int> buffer)
    {
        int at;
        var count = 0;
        if (token.Kind == TokenKind.Word)
        {
            if (_words.TryGet(chars, token.Start, token.Length, out at))
            {
                return new ReadOnlySpan<int>(_entries, at + 2, _entries[at + 1]);
            }

            var end = token.Start + token.Length;
            if (token.Length > 3 && chars[end - 1] == 's' && chars[end - 2] == '\''
                && _words.TryGet(chars, token.Start, token.Length - 2, out at) && _entries[at] >= 0)
            {
                // A possessive or "is" contraction ("your hay fever's", "your husband's") matches the bare word's terms.
                buffer[count++] = _entries[at];
            }

            count += _prefixes.Match(chars.AsSpan(token.Start, token.Length), buffer[count..]);
            return buffer[..count];
        }

        buffer[count++] = token.Kind switch
        {
            TokenKind.Placeholder => TokenClasses.Placeholder,
            TokenKind.Time => TokenClasses.Time,
            TokenKind.Percent => TokenClasses.Percent,
            TokenKind.Money => TokenClasses.Money,
            _ => TokenClasses.Number,
        };
        if (token.Kind != TokenKind.Placeholder && _words.TryGet(chars, token.Start, token.Length, out at) && _entries[at] >= 0)
        {
            buffer[count++] = _entries[at];
        }

        return buffer[..count];
    }
}

/// <summary>A phrase under way: trie node reached and the token it started at.</summary>
internal readonly record struct Partial(int Node, int First);

/// <summary>Per-thread scratch for <see cref="PhraseTable.Scan"/>: the partial phrases of the current and the next token, and each token's lookup.</summary>
internal sealed class MatchScratch
{
    /// <summary>Lookup slots kept between messages; a longer message's are dropped after it.</summary>
    private const int RetainedLookUps = 65536;

    private int[] _lookUps = new int[256];

    public Partial[] Active { get; set; } = new Partial[64];

    public Partial[] Next { get; set; } = new Partial[64];

    /// <summary>Room for the lookups of <paramref name="tokens"/> tokens.</summary>
    public int[] LookUps(int tokens)
    {
        if (_lookUps.Length < tokens)
        {
            _lookUps = new int[Math.Max(tokens, _lookUps.Length * 2)];
        }

        return _lookUps;
    }

    public void TrimAfterUse()
    {
        if (_lookUps.Length > RetainedLookUps)
        {
            _lookUps = new int[256];
        }
    }
}
