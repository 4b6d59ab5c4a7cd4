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
/// token, are a flat array indexed by word id, and worked out in advance for every known word; deeper transitions are
/// a <see cref="TransitionTable"/>.
/// </remarks>
internal sealed class PhraseTable
{
    /// <summary>Most candidates one token can have; prefix terms beyond it are not matched.</summary>
    internal const int MaxCandidates = 16;

    /// <summary>A looked-up token that stands for no word id or token class.</summary>
    private const int NoCandidates = -1;

    /// <summary>A looked-up token whose candidates <see cref="Candidates"/> works out (other token kinds, long or non-ASCII words, possible possessives and prefixes).</summary>
    private const int WorkOutCandidates = -2;

    /// <summary>A looked-up word that is a misspelling (<see cref="FuzzyWords"/>), whose candidates <see cref="Candidates"/> works out.</summary>
    private const int WorkOutMisspelt = -3;

    /// <summary>A looked-up token that opens a quotation ("'cheap flights to lisbon'"), whose candidates <see cref="Candidates"/>
    /// works out with <c>&lt;quote&gt;</c> among them.</summary>
    private const int WorkOutQuoted = -4;

    /// <summary>Known words; the value of each is its run of root steps in <see cref="_steps"/> (<see cref="KnownCode"/>).</summary>
    private readonly WordTable _words;

    /// <summary>The steps out of the root of every known word's candidates, each word's in one run.</summary>
    private readonly Step[] _steps;

    private readonly PrefixTrie _prefixes;
    private readonly FuzzyWords _fuzzy;
    private readonly TransitionTable _transitions;
    private readonly int[] _rootChildren;
    private readonly Node[] _nodes;
    private readonly int[] _terminalSets;

    /// <summary>Whether any phrase has <c>&lt;past&gt;</c>; if none does, no word is worked out for it.</summary>
    private readonly bool _usesPast;

    /// <summary>Whether some term has <c>&lt;quote&gt;</c>: only then are the words that open a quotation looked for.</summary>
    private readonly bool _usesQuote;

    /// <summary>Whether an elided word also stands for the word after its clitic ("qu'ancien" for "ancien"; <see cref="Elisions"/>): French.</summary>
    private readonly bool _readsElisions;

    /// <summary>Whether some term says <c>&lt;person&gt;</c>: only then does the matcher look for people's names (<see cref="Text.Vocatives.MarkPersons"/>).</summary>
    public bool UsesPerson { get; }

    /// <summary>
    /// Whether some term says <c>&lt;proper&gt;</c>. Each trie node carries the child a <c>&lt;proper&gt;</c> word leads to (0
    /// for none; <see cref="Node.Proper"/>), and so does each partial phrase at it (<see cref="Partial.Proper"/>). A term never
    /// begins with it (the compiler refuses one that does), so capitals are read only for the word after a phrase under way
    /// that may go on with a name (<see cref="Text.Vocatives.IsProper"/>), never for every word.
    /// </summary>
    private readonly bool _readsProper;

    internal PhraseTable(
        IReadOnlyDictionary<string, int> words,
        PrefixTrie prefixes,
        IReadOnlyDictionary<long, int> transitions,
        int[] terminalStart,
        int[] terminalSets,
        int maxPhraseLength,
        FuzzyWords? fuzzy = null,
        System.Collections.Frozen.FrozenSet<string>? numberWords = null,
        bool readsElisions = false)
    {
        numberWords ??= TokenClasses.NumberWords;
        _readsElisions = readsElisions;
        _prefixes = prefixes;
        _fuzzy = fuzzy ?? new FuzzyWords([]);
        var deeper = new List<KeyValuePair<long, int>>();
        var maxId = -1;
        foreach (var edge in transitions)
        {
            if ((edge.Key >> 32) != 0)
            {
                deeper.Add(edge);
            }
            else
            {
                maxId = Math.Max(maxId, (int)(uint)edge.Key);
            }
        }

        _rootChildren = new int[maxId + 1];
        foreach (var (key, child) in transitions)
        {
            if ((key >> 32) == 0)
            {
                _rootChildren[(int)(uint)key] = child;
            }
        }

        var hasChildren = new bool[terminalStart.Length];
        foreach (var key in transitions.Keys)
        {
            hasChildren[(int)(key >> 32)] = true;
        }

        var properChild = new int[terminalStart.Length];
        foreach (var (key, child) in transitions)
        {
            if ((int)(uint)key == TokenClasses.Proper)
            {
                properChild[(int)(key >> 32)] = child;
                _readsProper = true;
            }
        }

        _nodes = new Node[terminalStart.Length - 1];
        for (var n = 0; n < _nodes.Length; n++)
        {
            _nodes[n] = new Node(terminalStart[n], terminalStart[n + 1], hasChildren[n], properChild[n]);
        }

        _transitions = new TransitionTable(deeper, _nodes);

        _terminalSets = terminalSets;
        MaxPhraseLength = maxPhraseLength;

        _usesPast = transitions.Keys.Any(key => (int)(uint)key == TokenClasses.Past);
        _usesQuote = transitions.Keys.Any(key => (int)(uint)key == TokenClasses.Quote);
        UsesPerson = transitions.Keys.Any(key => (int)(uint)key == TokenClasses.Person);
        var entries = new Dictionary<string, WordEntry>(StringComparer.Ordinal);
        foreach (var (word, id) in words)
        {
            entries[word] = new WordEntry(id, numberWords.Contains(word));
        }

        foreach (var number in numberWords)
        {
            entries.TryAdd(number, new WordEntry(-1, true));
        }

        if (_usesPast)
        {
            foreach (var past in PastForms.Irregular)
            {
                entries.TryAdd(past, new WordEntry(-1, false));
            }
        }

        // Each known word's candidates as a word token are fixed (its id, <number>, the prefix terms it starts with), and
        // so are their steps out of the root: they are worked out here once instead of for every occurrence.
        var steps = new List<Step>();
        var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
        Span<int> candidates = stackalloc int[MaxCandidates];
        foreach (var (word, entry) in entries)
        {
            var count = 0;
            if (entry.Id >= 0)
            {
                candidates[count++] = entry.Id;
            }

            // A possessive a term spells out ("your son's" in one rule) still matches the bare word's terms ("your son" in
            // another), as an unknown possessive does (Candidates): one rule's term never takes a match from another's.
            if (word.Length > 3 && word.EndsWith("'s", StringComparison.Ordinal)
                && entries.TryGetValue(word[..^2], out var bare) && bare.Id >= 0)
            {
                candidates[count++] = bare.Id;
            }

            if (entry.IsNumber)
            {
                candidates[count++] = TokenClasses.Number;
            }

            count += prefixes.Match(word, candidates[count..]);
            if (readsElisions && Elisions.CliticLength(word) is var clitic and > 0)
            {
                // An elided word a term spells out ("qu'ancien" in one rule) also matches the terms of the word after its
                // clitic ("ancien" in another), as an unknown elided word does (Candidates).
                var rest = word[(clitic + 1)..];
                if (entries.TryGetValue(rest, out var elided) && elided.Id >= 0 && count < candidates.Length)
                {
                    candidates[count++] = elided.Id;
                }

                count += prefixes.Match(rest, candidates[count..]);
            }

            if (_usesPast && count < candidates.Length && PastForms.IsPast(word))
            {
                candidates[count++] = TokenClasses.Past;
            }

            indexes[word] = KnownCode(steps.Count, count, entry.Id >= 0);
            foreach (var id in candidates[..count])
            {
                steps.Add(RootStep(id));
            }
        }

        _words = new WordTable(indexes);
        _steps = steps.ToArray();
    }

    public int MaxPhraseLength { get; }

    /// <summary>The words misspellings may stand for (<see cref="FuzzyWords"/>).</summary>
    internal FuzzyWords Fuzzy => _fuzzy;

    /// <summary>Scans the tokens once and appends every term-set hit to <paramref name="hits"/>; <paramref name="quotes"/> says
    /// whether the text has a quotation mark between words (<see cref="Text.TextBuffer.HasQuotes"/>).</summary>
    /// <remarks>
    /// Two passes: every token is looked up first, then the trie is walked. A lookup is a chain of dependent reads, and
    /// whether a word is known decides what the walk does next; done in one loop, each unpredictable "known?" branch
    /// threw away the lookups the processor had started for the tokens after it. In a loop of their own the lookups
    /// overlap, and the walk only reads their results.
    /// </remarks>
    public void Scan(char[] chars, List<Token> tokens, MatchScratch scratch, List<SetHit> hits, string? source = null, bool quotes = false)
    {
        var span = CollectionsMarshal.AsSpan(tokens);
        var (looked, interesting, unknown) = scratch.LookUps(span.Length);
        var misspellings = _fuzzy.Count > 0 ? scratch.Misspellings(_fuzzy) : null;
        var count = LookUp(chars, span, looked, interesting, unknown, misspellings);
        if (_readsElisions)
        {
            count = AddElided(chars, span, looked, interesting, count);
        }
        if (quotes && _usesQuote)
        {
            count = AddQuoted(chars, span, looked, interesting, source);
        }

        var readsProper = source is not null && _readsProper;

        // The candidates' buffers are the scratch's, not the stack's: a method with a loop and stackalloc is compiled
        // once, fully optimised but without the profile tiered compilation gathers (hot blocks laid out first).
        var walk = new Walk(scratch, hits);
        var buffer = scratch.CandidateBuffer.AsSpan();
        var worked = scratch.StepBuffer.AsSpan();
        var sentence = -1;
        var previous = -1;
        foreach (var t in interesting.AsSpan(0, count))
        {
            // A token that stands for nothing (skipped) or a new sentence ends every partial phrase.
            ref readonly var token = ref span[t];
            if (readsProper && t != previous + 1 && previous >= 0 && walk.AnyProper
                && IsProperAfter(chars, span, previous + 1, sentence, source!))
            {
                // The word after the last one looked at stands for nothing as itself (an unknown name, "Tenerife") but goes
                // on a phrase as <proper>. Its capitals are read only when a phrase under way may go on with a name: when none
                // may, the phrases end here as they would after going on with none of them.
                previous++;
                walk.AdvanceAsProper(_nodes, previous, sentence, _terminalSets);
            }

            walk.KeepActiveIf((t == previous + 1) & (token.Sentence == sentence));
            sentence = token.Sentence;
            previous = t;

            var at = looked[t];
            scoped ReadOnlySpan<Step> steps;
            if (at >= 0)
            {
                steps = KnownSteps(at);
            }
            else
            {
                steps = StepsOf(CandidatesOf(chars, in token, buffer, at == WorkOutMisspelt, misspellings, at == WorkOutQuoted), worked);
            }

            foreach (ref readonly var step in steps)
            {
                if (step.Child != 0)
                {
                    walk.Advance(step.Node, step.Child, t, t, sentence, _terminalSets);
                }
            }

            var active = walk.Active;
            var proper = 0;
            for (var a = 0; a < active.Length; a++)
            {
                var (node, first, named) = active[a];
                foreach (ref readonly var step in steps)
                {
                    if (_transitions.TryFind(node, step.Id, out var edge))
                    {
                        walk.Advance(edge.Node, edge.Child, first, t, sentence, _terminalSets);
                    }
                }

                if (readsProper && named != 0)
                {
                    // Read the capitals once, and only when a phrase under way may go on with a name.
                    proper = proper == 0 ? (Vocatives.IsProper(source!, chars, span, t) ? 1 : -1) : proper;
                    if (proper > 0)
                    {
                        walk.Advance(in _nodes[named], named, first, t, sentence, _terminalSets);
                    }
                }
            }

            walk.NextToken();
        }

        if (readsProper && previous >= 0 && previous + 1 < span.Length && walk.AnyProper
            && IsProperAfter(chars, span, previous + 1, sentence, source!))
        {
            walk.AdvanceAsProper(_nodes, previous + 1, sentence, _terminalSets);
        }

        walk.Finish();
    }

    /// <summary>
    /// Whether token <paramref name="t"/>, which the lookup passed over, is a name in the sentence of the phrases under way
    /// (<see cref="Walk.AdvanceAsProper"/> then goes on with them into it as <c>&lt;proper&gt;</c>).
    /// </summary>
    private static bool IsProperAfter(char[] chars, ReadOnlySpan<Token> span, int t, int sentence, string source) =>
        span[t].Sentence == sentence && Vocatives.IsProper(source, chars, span, t);

    /// <summary>
    /// Writes, per token, its value in <see cref="_words"/> (<see cref="KnownCode"/>) when it is a known word,
    /// <see cref="NoCandidates"/> when it is a word that can stand for nothing, or <see cref="WorkOutCandidates"/>; and
    /// the indexes of the tokens that may stand for something into <paramref name="interesting"/>. Returns their count.
    /// </summary>
    /// <remarks>
    /// Branch-free for words of up to eight ASCII characters (nearly all), so that the processor overlaps the lookups of
    /// many tokens; the walk then visits only the tokens that matter, without a branch per unknown word. An unknown word
    /// stands for nothing unless it may be a possessive of a known word ("husband's") or start a prefix term; both are
    /// decided from its packed characters. Whether it is a misspelt attribute word ("pregant") is decided after the loop
    /// (<see cref="AddMisspellings"/>): about one word in six is unknown and six letters or more, in no pattern, so a
    /// branch on it in this loop would mispredict, and its verdict (a read of a per-thread cache) would hold up the loop.
    /// </remarks>
    private int LookUp(char[] chars, ReadOnlySpan<Token> tokens, Span<int> into, Span<int> interesting, Span<int> unknown, FuzzyWords.PackedCache? misspellings)
    {
        var count = 0;
        var words = _words.PackedReader;
        var prefixes = _prefixes.Filter;
        var minLength = misspellings is null ? int.MaxValue : FuzzyWords.MinLength;
        var unknowns = 0;
        ref var unknownAt = ref MemoryMarshal.GetReference(unknown);
        var usesPast = _usesPast;
        for (var t = 0; t < tokens.Length; t++)
        {
            ref readonly var token = ref tokens[t];
            int value;
            if (token.Kind == TokenKind.Word && WordTable.TryPack(chars, token.Start, token.Length, out var key))
            {
                var found = words.TryGetValue(key, out var at);
                var length = token.Length;
                var possessive = (length > 3) & ((key >> ((length - 2) * 8)) & 0xFFFF) == ('\'' | ('s' << 8));
                var prefix = prefixes.MayMatch((char)(key & 0xFF), (char)((key >> 8) & 0xFF), length);

                // A word ending in "-ed" (not "-eed") may be <past>; Candidates checks the few that only look like one.
                var past = usesPast & (length >= PastForms.MinRegularLength)
                    & (((key >> ((length - 2) * 8)) & 0xFFFF) == ('e' | ('d' << 8))) & (((key >> ((length - 3) * 8)) & 0xFF) != 'e');

                // Selected with masks rather than conditionals, which compile to branches that mispredict on such data.
                var other = NoCandidates - Bit(possessive | prefix | past);
                var foundMask = -Bit(found);
                value = (at & foundMask) | (other & ~foundMask);

                // An unknown word of six letters or more may be misspelt: noted the way interesting tokens are (the slot is
                // always written, and kept only if so; unknown has a slot per token).
                Unsafe.Add(ref unknownAt, unknowns) = t;
                unknowns += Bit(!found & (length >= minLength));
            }
            else
            {
                value = WorkOutCandidates;
            }

            into[t] = value;
            interesting[count] = t;
            count += Bit(value != NoCandidates);
        }

        return unknowns == 0 ? count : AddMisspellings(chars, tokens, unknown[..unknowns], misspellings!, into[..tokens.Length], interesting, count);
    }

    /// <summary>
    /// Marks each of the <paramref name="unknown"/> tokens that is a misspelling (<see cref="FuzzyWords"/>)
    /// <see cref="WorkOutMisspelt"/>, and lists it in <paramref name="interesting"/> in token order; returns the new count.
    /// </summary>
    private static int AddMisspellings(
        char[] chars, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> unknown, FuzzyWords.PackedCache misspellings, Span<int> into, Span<int> interesting, int count)
    {
        var added = false;
        foreach (var t in unknown)
        {
            // Misspellings are rare: the branch is predictable, and the cache reads of successive words overlap.
            ref readonly var token = ref tokens[t];
            WordTable.TryPack(chars, token.Start, token.Length, out var key);
            if (misspellings.IsMisspelt(key, token.Length))
            {
                added |= into[t] == NoCandidates;
                into[t] = WorkOutMisspelt;
            }
        }

        if (!added)
        {
            return count;
        }

        return ListInteresting(into, interesting);
    }

    /// <summary>Lists in <paramref name="interesting"/>, in token order, every token <paramref name="into"/> gives candidates or
    /// marks to work out; returns how many.</summary>
    private static int ListInteresting(ReadOnlySpan<int> into, Span<int> interesting)
    {
        var count = 0;
        for (var t = 0; t < into.Length; t++)
        {
            interesting[count] = t;
            count += Bit(into[t] != NoCandidates);
        }

        return count;
    }

    private static int Bit(bool value) => Unsafe.BitCast<bool, byte>(value);

    private int RootChild(int id) => (uint)id < (uint)_rootChildren.Length ? _rootChildren[id] : 0;

    /// <summary>The step out of the root along <paramref name="id"/>, with the node it leads to (the root's own when none, never read).</summary>
    private Step RootStep(int id)
    {
        var child = RootChild(id);
        return new Step(id, child, _nodes[child]);
    }

    private ReadOnlySpan<Step> StepsOf(ReadOnlySpan<int> candidates, Span<Step> into)
    {
        for (var c = 0; c < candidates.Length; c++)
        {
            into[c] = RootStep(candidates[c]);
        }

        return into[..candidates.Length];
    }

    /// <summary>The candidates of a token, and <c>&lt;quote&gt;</c> after them when it opens a quotation (<paramref name="quoted"/>).</summary>
    private ReadOnlySpan<int> CandidatesOf(char[] chars, in Token token, Span<int> buffer, bool misspelt, FuzzyWords.PackedCache? misspellings, bool quoted)
    {
        var found = Candidates(chars, in token, buffer[..(quoted ? buffer.Length - 1 : buffer.Length)], misspelt, misspellings);
        if (!quoted)
        {
            return found;
        }

        // A word that opens a quotation is also <quote>, after what it stands for as itself.
        buffer[found.Length] = TokenClasses.Quote;
        return buffer[..(found.Length + 1)];
    }

    /// <summary>The word ids and token classes <paramref name="token"/> stands for, in a fixed order.</summary>
    private ReadOnlySpan<int> Candidates(char[] chars, in Token token, Span<int> buffer, bool misspelt, FuzzyWords.PackedCache? misspellings)
    {
        int at;
        var count = 0;
        if (token.Kind == TokenKind.Word)
        {
            if (_words.TryGet(chars, token.Start, token.Length, out at))
            {
                foreach (ref readonly var step in KnownSteps(at))
                {
                    buffer[count++] = step.Id;
                }

                return buffer[..count];
            }

            var end = token.Start + token.Length;
            if (token.Length > 3 && chars[end - 1] == 's' && chars[end - 2] == '\''
                && _words.TryGet(chars, token.Start, token.Length - 2, out at) && KnownId(at) >= 0)
            {
                // A possessive or "is" contraction ("your hay fever's", "your husband's") matches the bare word's terms.
                buffer[count++] = KnownId(at);
            }

            count += _prefixes.Match(chars.AsSpan(token.Start, token.Length), buffer[count..]);
            if (_readsElisions && Elisions.CliticLength(chars.AsSpan(token.Start, token.Length)) is var clitic and > 0)
            {
                count += ElidedCandidates(chars, token.Start + clitic + 1, token.Length - clitic - 1, buffer[count..]);
            }

            // The verdict first: the lookup judged the words it packed (misspelt says its verdict), the cache judges longer
            // ones; the ids are worked out only for a misspelling, which is rare.
            if (count == 0 && token.Length >= FuzzyWords.MinLength && misspellings is not null
                && (misspelt || (!WordTable.TryPack(chars, token.Start, token.Length, out _) && misspellings.IsMisspelt(chars.AsSpan(token.Start, token.Length)))))
            {
                count += _fuzzy.Match(chars.AsSpan(token.Start, token.Length), buffer[..4]);
            }

            if (_usesPast && count < buffer.Length && PastForms.IsPast(chars.AsSpan(token.Start, token.Length)))
            {
                buffer[count++] = TokenClasses.Past;
            }

            return buffer[..count];
        }

        if (token.Kind == TokenKind.Name && chars[token.Start] == CharFolding.PlaceholderMark)
        {
            // A placeholder for the reader's name ("Hi {{ first_name }},") is both a name and a placeholder.
            buffer[0] = TokenClasses.Name;
            buffer[1] = TokenClasses.Placeholder;
            return buffer[..2];
        }

        buffer[count++] = token.Kind switch
        {
            TokenKind.Placeholder => TokenClasses.Placeholder,
            TokenKind.Time => TokenClasses.Time,
            TokenKind.Percent => TokenClasses.Percent,
            TokenKind.Money => TokenClasses.Money,
            TokenKind.Name => TokenClasses.Name,
            TokenKind.Person => TokenClasses.Person,
            _ => TokenClasses.Number,
        };
        if (chars[token.Start] == CharFolding.PlaceholderMark)
        {
            // A placeholder that prints a number or a clock time (Text.PlaceholderValues) is still a placeholder.
            if (token.Kind != TokenKind.Placeholder)
            {
                buffer[count++] = TokenClasses.Placeholder;
            }
        }
        else
        {
            if (_words.TryGet(chars, token.Start, token.Length, out at) && KnownId(at) >= 0)
            {
                buffer[count++] = KnownId(at);
            }

            if (token.Kind is TokenKind.Name or TokenKind.Person)
            {
                // A word read as a name still matches its word's prefix terms as it matches its whole-word ones: a German
                // sentence opens with a capital, so "Schwerhörig, {{ vorname }}?" reads "Schwerhörig" as a possible name.
                count += _prefixes.Match(chars.AsSpan(token.Start, token.Length), buffer[count..]);
            }
        }

        return buffer[..count];
    }

    /// <summary>The candidates of the word after an elided word's clitic: a known word's own, else the prefix terms it starts with.</summary>
    private int ElidedCandidates(char[] chars, int start, int length, Span<int> into)
    {
        if (!_words.TryGet(chars, start, length, out var at))
        {
            return _prefixes.Match(chars.AsSpan(start, length), into);
        }

        var count = 0;
        foreach (ref readonly var step in KnownSteps(at))
        {
            if (count == into.Length)
            {
                break;
            }

            into[count++] = step.Id;
        }

        return count;
    }

    /// <summary>
    /// Marks each token that opens a quotation <see cref="WorkOutQuoted"/> and lists the tokens anew; returns their count. A
    /// token opens one when a quotation mark comes right before it and no letter or digit before the mark ("you searched
    /// 'cheap flights'", "your note “call mum”"), or an opening guillemet with a space between ("« appeler maman »"); not
    /// when the mark closes a word ("the Joneses' house"). A misspelt word that opens one is read as written, not as the word
    /// it may stand for (rare: the fuzzy match is for attribute words in running text).
    /// </summary>
    private static int AddQuoted(char[] chars, ReadOnlySpan<Token> tokens, Span<int> into, Span<int> interesting, string? source)
    {
        for (var t = 0; t < tokens.Length; t++)
        {
            if (OpensQuotation(chars, tokens[t].Start) || (source is not null && AfterGuillemet(source, tokens[t].SourceStart)))
            {
                into[t] = WorkOutQuoted;
            }
        }

        return ListInteresting(into[..tokens.Length], interesting);
    }

    /// <summary>Whether the text at <paramref name="start"/> comes right after an opening quotation mark.</summary>
    private static bool OpensQuotation(char[] chars, int start) =>
        start > 0 && chars[start - 1] is '"' or '\'' && (start == 1 || !char.IsLetterOrDigit(chars[start - 2]));

    /// <summary>Whether an opening guillemet ("«", "‹") comes before <paramref name="sourceStart"/> with one or two spaces between,
    /// as French sets it (the folded text cannot tell it from a closing one).</summary>
    private static bool AfterGuillemet(string source, int sourceStart)
    {
        var k = sourceStart - 1;
        var spaces = 0;
        while (k >= 0 && spaces < 2 && source[k] is ' ' or '\u00A0' or '\u202F')
        {
            k--;
            spaces++;
        }

        return spaces > 0 && k >= 0 && source[k] is '\u00AB' or '\u2039';
    }

    /// <summary>
    /// Marks the elided words the lookup found nothing for ("d'alcool", which no term spells out) for <see cref="Candidates"/>
    /// to work out, and lists them in <paramref name="interesting"/> in token order; returns the new count. French only.
    /// </summary>
    private static int AddElided(char[] chars, ReadOnlySpan<Token> tokens, Span<int> into, Span<int> interesting, int count)
    {
        var added = false;
        for (var t = 0; t < tokens.Length; t++)
        {
            if (into[t] == NoCandidates && tokens[t].Kind == TokenKind.Word && Elisions.CliticLength(chars.AsSpan(tokens[t].Start, tokens[t].Length)) > 0)
            {
                into[t] = WorkOutCandidates;
                added = true;
            }
        }

        if (!added)
        {
            return count;
        }

        return ListInteresting(into[..tokens.Length], interesting);
    }

    /// <summary>
    /// A known word's value in <see cref="_words"/>: the run of its candidates' root steps in <see cref="_steps"/> (start and
    /// count, at most <see cref="MaxCandidates"/>) and whether the first is its own word id (not so for a number word that is no
    /// term). The lookup's answer is the run itself, so the walk reads a known word's steps straight after it, not through a
    /// per-word record first: one dependent read fewer per known token.
    /// </summary>
    private static int KnownCode(int stepStart, int stepCount, bool hasId) => (stepStart << 6) | (hasId ? 32 : 0) | stepCount;

    /// <summary>The root steps of the known word whose value is <paramref name="code"/> (<see cref="KnownCode"/>).</summary>
    private ReadOnlySpan<Step> KnownSteps(int code) => new(_steps, code >> 6, code & 31);

    /// <summary>The word id of the known word whose value is <paramref name="code"/>, or -1 (a number word that is no term).</summary>
    private int KnownId(int code) => (code & 32) != 0 ? _steps[code >> 6].Id : -1;

    /// <summary>A candidate word id or token class and the trie node it leads to from the root (0 for none).</summary>
    /// <remarks>The step carries its node (terminal run, whether phrases go on), so that taking it reads no trie node.</remarks>
    internal readonly record struct Step(int Id, int Child, Node Node);

    /// <summary>A trie node: the run of term sets whose phrases end at it, whether any phrase goes on from it, and the child
    /// a <c>&lt;proper&gt;</c> word leads to from it (0 for none).</summary>
    /// <remarks>
    /// Most phrases are one word ("you", "your"), and a partial phrase at a leaf could only be probed and dropped at the
    /// next token, so leaves are never kept.
    /// </remarks>
    internal readonly record struct Node(int TerminalStart, int TerminalEnd, bool HasChildren, int Proper);

    /// <summary>
    /// The state of a scan between tokens: partial phrases under way, the ones the current token extends, and the hits,
    /// written straight into arrays (grown by doubling) rather than added to lists one by one.
    /// </summary>
    private ref struct Walk(MatchScratch scratch, List<SetHit> hits)
    {
        private Partial[] _active = scratch.Active;
        private Partial[] _next = scratch.Next;
        private int _activeCount;
        private int _nextCount;
        private Span<SetHit> _hits = Open(hits);
        private int _hitCount = hits.Count;

        public readonly ReadOnlySpan<Partial> Active => _active.AsSpan(0, _activeCount);

        /// <summary>Whether a partial phrase under way may go on with a name (<c>&lt;proper&gt;</c>).</summary>
        public readonly bool AnyProper
        {
            get
            {
                foreach (ref readonly var partial in Active)
                {
                    if (partial.Proper != 0)
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        /// <summary>Drops the active partials unless <paramref name="keep"/>; branch-free.</summary>
        public void KeepActiveIf(bool keep) => _activeCount &= -Bit(keep);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Advance(in Node node, int child, int first, int last, int sentence, int[] terminalSets)
        {
            if (node.HasChildren)
            {
                if (_nextCount == _next.Length)
                {
                    _next = Doubled(_next);
                }

                _next[_nextCount++] = new Partial(child, first, node.Proper);
            }

            if (node.TerminalEnd > node.TerminalStart)
            {
                if (_hitCount + (node.TerminalEnd - node.TerminalStart) > _hits.Length)
                {
                    _hits = Grow(hits, _hitCount, _hitCount + (node.TerminalEnd - node.TerminalStart));
                }

                _hitCount = Emit(_hits, _hitCount, terminalSets, node.TerminalStart, node.TerminalEnd, first, last, sentence);
            }
        }

        /// <summary>Goes on with the phrases under way into token <paramref name="t"/> as <c>&lt;proper&gt;</c>, then moves to the next token.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void AdvanceAsProper(Node[] nodes, int t, int sentence, int[] terminalSets)
        {
            var active = Active;
            for (var a = 0; a < active.Length; a++)
            {
                var (_, first, named) = active[a];
                if (named != 0)
                {
                    Advance(in nodes[named], named, first, t, sentence, terminalSets);
                }
            }

            NextToken();
        }

        /// <summary>
        /// Writes a hit of each set in <paramref name="sets"/>[<paramref name="from"/>, <paramref name="to"/>) at
        /// <paramref name="count"/> on (room for them is made first); returns the new count.
        /// </summary>
        /// <remarks>A method of its own, not inlined: in the scan's loop, which keeps a dozen values live, each hit's fields
        /// and counters went through the stack; here they stay in registers ("you" ends a phrase of a dozen sets).</remarks>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static int Emit(Span<SetHit> hits, int count, int[] sets, int from, int to, int first, int last, int sentence)
        {
            var run = sets.AsSpan(from, to - from);
            var target = hits.Slice(count, run.Length);
            for (var k = 0; k < run.Length; k++)
            {
                target[k] = new SetHit(run[k], first, last, sentence);
            }

            return count + run.Length;
        }

        /// <summary>The partials the current token extended become the active ones; the old array is reused for the next token.</summary>
        public void NextToken()
        {
            (_active, _next) = (_next, _active);
            _activeCount = _nextCount;
            _nextCount = 0;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void Finish()
        {
            CollectionsMarshal.SetCount(hits, _hitCount);
            scratch.Active = _active;
            scratch.Next = _next;
        }

        /// <summary>Every slot of the list's array, the first <see cref="List{T}.Count"/> of them its items.</summary>
        private static Span<SetHit> Open(List<SetHit> list)
        {
            var count = list.Count;
            CollectionsMarshal.SetCount(list, Math.Max(list.Capacity, 64));
            var all = CollectionsMarshal.AsSpan(list);
            CollectionsMarshal.SetCount(list, count);
            return all;
        }

        /// <summary>A list's array grown to <paramref name="needed"/> slots at least, <paramref name="count"/> of them in use. Static,
        /// like <see cref="Doubled"/>, so that no call takes the walk by reference and its fields can stay in registers.</summary>
        private static Span<SetHit> Grow(List<SetHit> list, int count, int needed)
        {
            CollectionsMarshal.SetCount(list, count);
            list.EnsureCapacity(Math.Max(needed, count * 2));
            return Open(list);
        }

        private static Partial[] Doubled(Partial[] partials)
        {
            var doubled = new Partial[partials.Length * 2];
            partials.CopyTo(doubled, 0);
            return doubled;
        }
    }
}

/// <summary>A phrase under way: trie node reached, the token it started at, and the node's <c>&lt;proper&gt;</c> child
/// (<see cref="PhraseTable.Node.Proper"/>), carried so that the walk reads no node to ask whether a name may go on with it.</summary>
internal readonly record struct Partial(int Node, int First, int Proper);

/// <summary>Per-thread scratch for <see cref="PhraseTable.Scan"/>: the partial phrases of the current and the next token, and each token's lookup.</summary>
internal sealed class MatchScratch
{
    /// <summary>Lookup slots kept between messages; a longer message's are dropped after it.</summary>
    private const int RetainedLookUps = 65536;

    private int[] _lookUps = new int[256];
    private int[] _interesting = new int[256];
    private FuzzyWords.PackedCache? _misspellings;
    private int[] _unknown = new int[256];

    public Partial[] Active { get; set; } = new Partial[64];

    public Partial[] Next { get; set; } = new Partial[64];

    /// <summary>Room for the candidates of a token the walk works out (<see cref="PhraseTable"/>'s most per token).</summary>
    internal int[] CandidateBuffer { get; } = new int[PhraseTable.MaxCandidates];

    /// <summary>Room for those candidates' steps out of the root.</summary>
    internal PhraseTable.Step[] StepBuffer { get; } = new PhraseTable.Step[PhraseTable.MaxCandidates];

    /// <summary>This thread's cache of verdicts on words as misspellings of <paramref name="words"/>, kept while they stay the same.</summary>
    public FuzzyWords.PackedCache Misspellings(FuzzyWords words)
    {
        if (_misspellings is not { } cache || !ReferenceEquals(cache.Owner, words))
        {
            _misspellings = cache = new FuzzyWords.PackedCache(words);
        }

        return cache;
    }

    /// <summary>Room for the lookups of <paramref name="tokens"/> tokens, the indexes of those that matter and of those that may be misspelt.</summary>
    public (int[] LookUps, int[] Interesting, int[] Unknown) LookUps(int tokens)
    {
        if (_lookUps.Length < tokens)
        {
            _lookUps = new int[Math.Max(tokens, _lookUps.Length * 2)];
            _interesting = new int[_lookUps.Length];
            _unknown = new int[_lookUps.Length];
        }

        return (_lookUps, _interesting, _unknown);
    }

    public void TrimAfterUse()
    {
        if (_lookUps.Length > RetainedLookUps)
        {
            _lookUps = new int[256];
            _interesting = new int[256];
            _unknown = new int[256];
        }
    }
}
