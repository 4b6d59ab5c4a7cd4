using System.Collections.Frozen;
using CreepLint.Text;

namespace CreepLint.Matching;

/// <summary>A phrase occurrence: term set <see cref="Set"/> matched tokens <see cref="First"/> to <see cref="Last"/> (inclusive).</summary>
internal readonly record struct SetHit(int Set, int First, int Last, int Sentence);

/// <summary>
/// Every phrase of every rule and lexicon, compiled into one trie over word ids. A message is scanned once: each
/// token is looked up once (exact word, prefix terms, token class) and advances every partial phrase in one step.
/// </summary>
/// <remarks>Immutable after construction and safe to share across threads.</remarks>
internal sealed class PhraseTable
{
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _words;
    private readonly PrefixTrie _prefixes;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _numberWords;
    private readonly FrozenDictionary<long, int> _transitions;
    private readonly int[] _terminalStart;
    private readonly int[] _terminalSets;

    internal PhraseTable(
        FrozenDictionary<string, int> words,
        PrefixTrie prefixes,
        FrozenDictionary<long, int> transitions,
        int[] terminalStart,
        int[] terminalSets,
        int maxPhraseLength)
    {
        _words = words.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixes = prefixes;
        _numberWords = TokenClasses.NumberWords.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _transitions = transitions;
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
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            if (token.Sentence != sentence)
            {
                active.Clear();
                sentence = token.Sentence;
            }

            var count = Candidates(chars, token, candidates);
            next.Clear();
            if (count > 0)
            {
                for (var a = -1; a < active.Count; a++)
                {
                    var (node, first) = a < 0 ? (0, t) : active[a];
                    for (var c = 0; c < count; c++)
                    {
                        if (!_transitions.TryGetValue(((long)node << 32) | (uint)candidates[c], out var child))
                        {
                            continue;
                        }

                        next.Add((child, first));
                        for (var k = _terminalStart[child]; k < _terminalStart[child + 1]; k++)
                        {
                            hits.Add(new SetHit(_terminalSets[k], first, t, sentence));
                        }
                    }
                }
            }

            (active, next) = (next, active);
        }

        scratch.ActiveA = active;
        scratch.ActiveB = next;
    }

    private int Candidates(char[] chars, Token token, Span<int> into)
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
        if (_words.TryGetValue(text, out var id))
        {
            into[count++] = id;
        }
        else if (token.Kind == TokenKind.Word && text.Length > 3 && text.EndsWith("'s") && _words.TryGetValue(text[..^2], out id))
        {
            // A possessive or "is" contraction ("your hay fever's", "your husband's") matches the bare word's terms.
            into[count++] = id;
        }

        if (token.Kind == TokenKind.Word)
        {
            if (_numberWords.Contains(text))
            {
                into[count++] = TokenClasses.Number;
            }

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
