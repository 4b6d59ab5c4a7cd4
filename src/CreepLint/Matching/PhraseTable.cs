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
    private readonly WordTable _words;
    private readonly PrefixTrie _prefixes;
    private readonly TransitionTable _transitions;
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

        _words = new WordTable(entries);
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
        MaxPhraseLength = maxPhraseLength;
    }

    public int MaxPhraseLength { get; }

    /// <summary>Scans the tokens once and appends every term-set hit to <paramref name="hits"/>.</summary>
    public void Scan(char[] chars, List<Token> tokens, MatchScratch scratch, List<SetHit> hits)
    {
        var active = scratch.Active;
        var activeCount = 0;
        Span<int> candidates = stackalloc int[16];
        var sentence = -1;
        var span = CollectionsMarshal.AsSpan(tokens);
        for (var t = 0; t < span.Length; t++)
        {
            ref readonly var token = ref span[t];
            if (token.Sentence != sentence)
            {
                activeCount = 0;
                sentence = token.Sentence;
            }

            var count = Candidates(chars, in token, candidates);
            if (count == 0)
            {
                // An unknown word ends every partial phrase and starts none: the common case, kept cheap.
                activeCount = 0;
                continue;
            }

            var next = scratch.Next;
            var nextCount = 0;
            for (var c = 0; c < count; c++)
            {
                var id = candidates[c];
                if ((uint)id < (uint)_rootChildren.Length && _rootChildren[id] is var child && child != 0)
                {
                    Advance(child, t, t, sentence, scratch, ref next, ref nextCount, hits);
                }
            }

            for (var a = 0; a < activeCount; a++)
            {
                var (node, first) = active[a];
                for (var c = 0; c < count; c++)
                {
                    var child = _transitions.Child(node, candidates[c]);
                    if (child != 0)
                    {
                        Advance(child, first, t, sentence, scratch, ref next, ref nextCount, hits);
                    }
                }
            }

            // The partials just extended become the active ones; the old array is reused for the next token.
            scratch.Next = active;
            scratch.Active = next;
            active = next;
            activeCount = nextCount;
        }
    }

    private void Advance(int child, int first, int last, int sentence, MatchScratch scratch, ref Partial[] next, ref int nextCount, List<SetHit> hits)
    {
        if (nextCount == next.Length)
        {
            next = scratch.GrowNext();
        }

        next[nextCount++] = new Partial(child, first);
        for (var k = _terminalStart[child]; k < _terminalStart[child + 1]; k++)
        {
            hits.Add(new SetHit(_terminalSets[k], first, last, sentence));
        }
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

        if (_words.TryGet(chars, token.Start, token.Length, out var entry))
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
        else if (token.Kind == TokenKind.Word && token.Length > 3 && chars[token.Start + token.Length - 2] == '\''
                 && chars[token.Start + token.Length - 1] == 's' && _words.TryGet(chars, token.Start, token.Length - 2, out var bare) && bare.Id >= 0)
        {
            // A possessive or "is" contraction ("your hay fever's", "your husband's") matches the bare word's terms.
            into[count++] = bare.Id;
        }

        if (token.Kind == TokenKind.Word)
        {
            count += _prefixes.Match(chars.AsSpan(token.Start, token.Length), into[count..]);
        }

        return count;
    }
}

/// <summary>A phrase under way: trie node reached and the token it started at.</summary>
internal readonly record struct Partial(int Node, int First);

/// <summary>Per-thread scratch for <see cref="PhraseTable.Scan"/>: the partial phrases of the current and the next token.</summary>
internal sealed class MatchScratch
{
    public Partial[] Active { get; set; } = new Partial[64];

    public Partial[] Next { get; set; } = new Partial[64];

    /// <summary>Doubles <see cref="Next"/> (keeping its contents) when one token extends more partials than it holds.</summary>
    public Partial[] GrowNext()
    {
        var grown = new Partial[Next.Length * 2];
        Next.CopyTo(grown, 0);
        Next = grown;
        return grown;
    }
}
