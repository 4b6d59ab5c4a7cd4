using System.Collections.Frozen;
using System.Runtime.InteropServices;
using CreepLint.Text;

namespace CreepLint.Model;

/// <summary>Receives hashed features; a struct so that scoring, training and explaining share one extraction loop without allocating.</summary>
internal interface IFeatureSink
{
    /// <summary>A text feature (value 1 before length normalisation) anchored on tokens <paramref name="first"/>..<paramref name="last"/>;
    /// fields are anchored on <c>-1 - fieldIndex</c>.</summary>
    void AddText(int slot, int first, int last);

    /// <summary>A rule feature with its value (the strongest rule match of a category, 0–1), not length-normalised.</summary>
    void AddRule(int slot, float value);
}

/// <summary>Which features a model reads; stored in the model file's header flags (docs/model.md).</summary>
[Flags]
internal enum FeatureSet : ushort
{
    /// <summary>The first models: every word alone, and the rules' category hits as well as the text.</summary>
    FirstModels = 0,

    /// <summary>
    /// The text, not the rules' verdicts, and a second-person word ("you", "your") only in a pair with its neighbour:
    /// being addressed is not evidence, what is said to the reader is. Without rule hits the model learns the wording, not
    /// a copy of the rules.
    /// </summary>
    TextOnly = 1,

    /// <summary>
    /// Each hit of a rule-pack lexicon (pregnancy terms, health conditions, aggregate framing, declared preference…) is a
    /// feature named after the lexicon: what the corpus teaches about one term carries over to every term of its list.
    /// </summary>
    LexiconHits = 2,

    /// <summary>
    /// Each word of a sentence that addresses the reader (a second-person word or a placeholder in it) is also a feature
    /// of its own: the taxonomy's line between naming a topic and asserting it about the reader.
    /// </summary>
    Addressed = 4,

    /// <summary>
    /// Within each sentence, every pair of distinct lexicons hit, and each lexicon hit in a question, is a feature of its
    /// own ("addressee + logged-activity", "negated-aux + elapsed", "private-attributes + question"): how a sentence is
    /// built, whatever its words. What separates creepy from clean real text is this structure (who is addressed, what
    /// logged act, how specific, which attribute), not the vocabulary.
    /// </summary>
    Constructions = 8,

    /// <summary>
    /// Per sentence, which roles its words and lexicon hits play, as one feature for the whole combination (<see cref="SentenceRoles"/>):
    /// the reader, a logged act, an observer, a specific, an attribute, an ordinary frame. "The reader + a logged act + a
    /// specific" is one feature however it is worded, and a different one from "the reader + a specific" (chat) or "a logged
    /// act + a specific + aggregate framing".
    /// </summary>
    Roles = 16,

    /// <summary>What every model trained now reads.</summary>
    Current = TextOnly | LexiconHits | Addressed | Constructions | Roles,
}

/// <summary>
/// Turns a message as the rules saw it into hashed features in one pass over its tokens: word unigrams and bigrams
/// (within a sentence), character n-grams of words, words of sentences that address the reader, lexicon hits,
/// placeholder field names and their parts, and (for <see cref="FeatureSet.FirstModels"/>) the rules' category hits.
/// </summary>
/// <remarks>Text features are later scaled by 1/√n (n = their count) so long and short messages weigh alike; the
/// scaling is the caller's, from the count returned here.</remarks>
internal static class FeatureExtractor
{
    /// <summary>Words longer than this get no character n-grams: they are URLs or junk, and would dominate the count.</summary>
    private const int MaxCharGramWord = 24;

    /// <summary>The second-person words (each starts with 'y' or 'u', which <see cref="SentenceRoles"/> checks first).</summary>
    internal static FrozenSet<string> SecondPersonWords { get; } =
        FrozenSet.ToFrozenSet(["you", "your", "yours", "yourself", "yourselves", "you're", "you've", "you'll", "you'd", "u", "ur"], StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_secondPerson = SecondPersonWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Extracts every feature into <paramref name="sink"/> (tokens, lexicon hits, fields, then rule hits) and
    /// returns the number of text features. Only fields starting in [<paramref name="fromSource"/>,
    /// <paramref name="toSource"/>) of the source, if given (a window of a long message).</summary>
    public static int Extract<TSink>(ScoringInput input, HashingOptions options, FeatureSet set, ref TSink sink, int fromSource = int.MinValue, int toSource = int.MaxValue)
        where TSink : struct, IFeatureSink
    {
        var count = Tokens(input, options, set, ref sink) + Lexicons(input, options, set, ref sink) + Fields(input, options, ref sink, fromSource, toSource);
        if ((set & FeatureSet.Constructions) != 0)
        {
            var pairs = new ExtractPairs<TSink>(ref sink);
            count += Constructions(input, options, null, input.Scratch.Roles, ref pairs);
        }

        if ((set & FeatureSet.Roles) != 0)
        {
            var roles = new ExtractPairs<TSink>(ref sink);
            count += Roles(input, options, input.RuleSet.SetRoles, null, ref roles);
        }

        if ((set & FeatureSet.TextOnly) == 0)
        {
            RuleHits(input, options, ref sink);
        }

        return count;
    }

    /// <summary>The features of the tokens, in token order, each anchored on its last token; returns their number.</summary>
    private static int Tokens<TSink>(ScoringInput input, HashingOptions options, FeatureSet set, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        var scratch = input.Scratch;
        var tokens = CollectionsMarshal.AsSpan(scratch.Tokens);
        var chars = scratch.Buffer.Chars;
        var seed = options.Seed;
        var mask = options.Mask;
        var count = 0;
        uint previous = 0;
        var previousSentence = -1;
        var addressed = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            var text = chars.AsSpan(token.Start, token.Length);
            if (token.Sentence != previousSentence && (set & FeatureSet.Addressed) != 0)
            {
                addressed = SentenceAddressesReader(tokens[i..], chars);
            }

            var h = UnigramHash(token.Kind, text, seed);
            var secondPerson = IsSecondPerson(token.Kind, text);
            if (!secondPerson || (set & FeatureSet.TextOnly) == 0)
            {
                sink.AddText(FeatureHash.Slot(h, mask), i, i);
                count++;
            }

            if (token.Sentence == previousSentence)
            {
                sink.AddText(FeatureHash.Slot(FeatureHash.Pair(seed, previous, h), mask), i - 1, i);
                count++;
            }

            if (addressed && token.Kind == TokenKind.Word && !secondPerson)
            {
                sink.AddText(FeatureHash.Slot(AddressedHash(h), mask), i, i);
                count++;
            }

            previous = h;
            previousSentence = token.Sentence;
            if (token.Kind == TokenKind.Word && text.Length <= MaxCharGramWord)
            {
                count += CharGrams(text, i, options, ref sink);
            }
        }

        return count;
    }

    /// <summary>One feature per hit of a rule-pack lexicon, named after the lexicon and anchored on the hit's tokens;
    /// returns their number (0 unless the model reads <see cref="FeatureSet.LexiconHits"/>).</summary>
    private static int Lexicons<TSink>(ScoringInput input, HashingOptions options, FeatureSet set, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        if ((set & FeatureSet.LexiconHits) == 0)
        {
            return 0;
        }

        var count = 0;
        var lexicons = input.RuleSet.SetLexicons;
        foreach (var hit in input.Scratch.Hits)
        {
            if (lexicons[hit.Set] is { } name)
            {
                sink.AddText(LexiconSlot(name, options), hit.First, hit.Last);
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// What <see cref="Tokens{TSink}"/>, <see cref="Lexicons{TSink}"/> and <see cref="Fields{TSink}"/> extract, summed per
    /// token straight into the window sink. A word's own features (unigram, character n-grams, its addressed form) come
    /// from <paramref name="cache"/> once it has seen the word; a lexicon hit counts with its last token; a sentence's
    /// addressed words count with its last token, once the sentence is known to address the reader; a field counts with
    /// the last token that starts at or before it in the source (the first token if none does). Same features, same
    /// counts; only the order of the additions differs.
    /// </summary>
    public static void Summed(ScoringInput input, HashingOptions options, FeatureSet set, float[] weights, ScoringTables tables, WordCache cache, ref WindowSink sink)
    {
        var scratch = input.Scratch;
        var tokens = CollectionsMarshal.AsSpan(scratch.Tokens);
        var fields = CollectionsMarshal.AsSpan(scratch.Buffer.Fields);
        var chars = scratch.Buffer.Chars;
        var seed = options.Seed;
        var mask = options.Mask;
        var lexicon = LexiconSums(input, set, weights, tables, cache, options);
        uint previous = 0;
        var previousSentence = -1;
        var field = 0;
        var addressed = false;
        double addressedSum = 0;
        var addressedCount = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Sentence != previousSentence)
            {
                addressed = false;
                addressedSum = 0;
                addressedCount = 0;
            }

            uint h;
            double sum;
            int count;
            if (token.Kind == TokenKind.Word)
            {
                var key = WordCache.KeyOf(chars, token.Start, token.Length);
                if (!cache.TryGet(key, out var word))
                {
                    word = OwnFeatures(chars.AsSpan(token.Start, token.Length), set, options, weights);
                    cache.Set(key, word);
                }

                h = word.Hash;
                sum = word.Sum;
                count = word.Count;
                addressed |= word.SecondPerson;
                if (!word.SecondPerson && (set & FeatureSet.Addressed) != 0)
                {
                    addressedSum += word.AddressedWeight;
                    addressedCount++;
                }
            }
            else
            {
                h = tables.ClassHashes[(int)token.Kind];
                sum = weights[FeatureHash.Slot(h, mask)];
                count = 1;
                addressed |= token.Kind is TokenKind.Placeholder or TokenKind.Name;
            }

            if (token.Sentence == previousSentence)
            {
                sum += weights[FeatureHash.Slot(FeatureHash.Pair(seed, previous, h), mask)];
                count++;
            }

            previous = h;
            previousSentence = token.Sentence;
            if (lexicon.Length > 0)
            {
                sum += lexicon.Sums[i];
                count += lexicon.Counts[i];
            }

            var nextStart = i + 1 < tokens.Length ? tokens[i + 1].SourceStart : int.MaxValue;
            for (; field < fields.Length && fields[field].Start < nextStart; field++)
            {
                var own = new SumSink(weights);
                count += Field(input.Text.AsSpan(fields[field].Start, fields[field].Length), -1 - field, options, ref own);
                sum += own.Sum;
            }

            if (addressed && (i + 1 == tokens.Length || tokens[i + 1].Sentence != token.Sentence))
            {
                sum += addressedSum;
                count += addressedCount;
            }

            sink.Add(i, token.Sentence, sum, count);
        }

        lexicon.Clear();
        if (tokens.Length == 0 && fields.Length > 0)
        {
            var own = new SumSink(weights);
            var count = Fields(input, options, ref own);
            sink.Add(0, 0, own.Sum, count);
        }
    }

    /// <summary>A word's own features, as <see cref="Tokens{TSink}"/> extracts them: its unigram (unless it is a second-person
    /// word in a text-only model), its character n-grams, and the weight of its addressed form.</summary>
    private static WordFeatures OwnFeatures(ReadOnlySpan<char> text, FeatureSet set, HashingOptions options, float[] weights)
    {
        var h = FeatureHash.Of(options.Seed, FeatureHash.Word, text);
        var own = new SumSink(weights);
        var secondPerson = IsSecondPerson(TokenKind.Word, text);
        var count = 0;
        if (!secondPerson || (set & FeatureSet.TextOnly) == 0)
        {
            own.AddText(FeatureHash.Slot(h, options.Mask), 0, 0);
            count++;
        }

        if (text.Length <= MaxCharGramWord)
        {
            count += CharGrams(text, 0, options, ref own);
        }

        return new WordFeatures(own.Sum, count, weights[FeatureHash.Slot(AddressedHash(h), options.Mask)], secondPerson, h);
    }

    /// <summary>The weights of the lexicon hits, their construction features and the sentences' role features, each summed
    /// onto the token it is anchored on, in the thread's per-token buffer.</summary>
    private static PerTokenSums LexiconSums(ScoringInput input, FeatureSet set, float[] weights, ScoringTables tables, WordCache cache, HashingOptions options)
    {
        if ((set & FeatureSet.Roles) == 0 && ((set & FeatureSet.LexiconHits) == 0 || input.Scratch.Hits.Count == 0))
        {
            return default;
        }

        var sums = cache.TokenSums(input.TokenCount);
        var slots = tables.LexiconSlots;
        if ((set & FeatureSet.LexiconHits) != 0)
        {
            foreach (ref readonly var hit in CollectionsMarshal.AsSpan(input.Scratch.Hits))
            {
                if (slots[hit.Set] is var slot and >= 0)
                {
                    sums.Sums[hit.Last] += weights[slot];
                    sums.Counts[hit.Last]++;
                }
            }
        }

        if ((set & (FeatureSet.Constructions | FeatureSet.LexiconHits)) == (FeatureSet.Constructions | FeatureSet.LexiconHits))
        {
            var pairs = new SummedPairs(weights, sums);
            Constructions(input, options, tables.LexiconHashes, cache.Constructions, ref pairs);
        }

        if ((set & FeatureSet.Roles) != 0)
        {
            var roles = new SummedPairs(weights, sums);
            Roles(input, options, tables.SetRoles, tables.RoleSlots, ref roles);
        }

        return sums;
    }

    /// <summary>Most distinct lexicons of one sentence that pair up; a sentence with more (a run-on list) pairs its first ones by hash.</summary>
    private const int MaxLexiconsPerSentence = 12;

    /// <summary>
    /// The construction features (<see cref="FeatureSet.Constructions"/>): per sentence, the distinct lexicons hit (each
    /// with the span of its hits), every pair of them in hash order, and each of them with the sentence being a question;
    /// each pair is anchored on the later of its two hits. Returns their number.
    /// </summary>
    private static int Constructions<TPairs>(ScoringInput input, HashingOptions options, uint[]? setHashes, ConstructionScratch? scratch, ref TPairs pairs)
        where TPairs : struct, IPairSink, allows ref struct
    {
        var hits = CollectionsMarshal.AsSpan(input.Scratch.Hits);
        var lexicons = input.RuleSet.SetLexicons;
        if (hits.Length == 0)
        {
            return 0;
        }

        var sentences = input.Scratch.Tokens[^1].Sentence + 2;
        scratch ??= new ConstructionScratch();
        scratch.Fit(hits.Length, sentences);
        var (items, bySentence, starts) = (scratch.Items, scratch.BySentence, scratch.Starts);
        try
        {
            // Lexicon hits, counted by sentence, then placed sentence by sentence (a counting sort: hits come ordered by
            // set, and a long email has hundreds of them, so a comparison sort of all of them would cost more than the rest).
            var n = 0;
            Array.Clear(starts, 0, sentences + 1);
            foreach (ref readonly var hit in hits)
            {
                if (lexicons[hit.Set] is { } name)
                {
                    var sentence = Math.Clamp(hit.Sentence, 0, sentences - 1);
                    items[n++] = new LexiconItem(sentence, setHashes?[hit.Set] ?? LexiconHash(name, options), hit.First, hit.Last);
                    starts[sentence + 1]++;
                }
            }

            for (var k = 1; k <= sentences; k++)
            {
                starts[k] += starts[k - 1];
            }

            for (var i = 0; i < n; i++)
            {
                bySentence[starts[items[i].Sentence]++] = items[i];
            }

            var count = 0;
            var questions = input.Scratch.Questions;
            var questionHash = LexiconHash("?", options);
            for (var start = 0; start < n;)
            {
                var sentence = bySentence[start].Sentence;
                var end = start;
                while (end < n && bySentence[end].Sentence == sentence)
                {
                    end++;
                }

                // Within the sentence, by lexicon hash (a handful of hits: an insertion sort), then the hits of one lexicon
                // merged into one item spanning them all.
                var group = bySentence.AsSpan(start, end - start);
                SortByHash(group);
                var distinct = 0;
                foreach (var item in group)
                {
                    if (distinct > 0 && group[distinct - 1].Hash == item.Hash)
                    {
                        ref var kept = ref group[distinct - 1];
                        kept = kept with { First = Math.Min(kept.First, item.First), Last = Math.Max(kept.Last, item.Last) };
                    }
                    else
                    {
                        group[distinct++] = item;
                    }
                }

                var question = sentence < questions.Count && questions[sentence];
                group = group[..Math.Min(distinct, MaxLexiconsPerSentence)];
                for (var i = 0; i < group.Length; i++)
                {
                    for (var j = i + 1; j < group.Length; j++)
                    {
                        // Anchored on the later hit alone, so an explanation names words, not the stretch between two lexicons.
                        var later = group[i].Last >= group[j].Last ? group[i] : group[j];
                        pairs.Add(FeatureHash.Slot(FeatureHash.Construction(options.Seed, group[i].Hash, group[j].Hash), options.Mask), later.First, later.Last);
                        count++;
                    }

                    if (question)
                    {
                        pairs.Add(FeatureHash.Slot(FeatureHash.Construction(options.Seed, group[i].Hash, questionHash), options.Mask), group[i].First, group[i].Last);
                        count++;
                    }
                }

                start = end;
            }

            return count;
        }
        finally
        {
            scratch.Trim();
        }
    }

    /// <summary>
    /// The role features (<see cref="FeatureSet.Roles"/>): per sentence, the roles its words and lexicon hits play
    /// (<see cref="SentenceRoles"/>) as one feature for the whole combination, with whether the sentence is a question,
    /// anchored on the last token that gave it a role. <paramref name="slots"/> (the scoring path's tables) gives each
    /// combination's slot; without it the slot is hashed. Returns their number.
    /// </summary>
    private static int Roles<TPairs>(ScoringInput input, HashingOptions options, byte[] setRoles, int[]? slots, ref TPairs pairs)
        where TPairs : struct, IPairSink, allows ref struct
    {
        var scratch = input.Scratch.Roles;
        var sentences = SentenceRoles.Fill(input, scratch, setRoles);
        var (masks, anchors) = (scratch.RoleMasks, scratch.RoleAnchors);
        var questions = input.Scratch.Questions;
        var count = 0;
        for (var sentence = 0; sentence < sentences; sentence++)
        {
            if (masks[sentence] is var mask and not 0)
            {
                var question = sentence < questions.Count && questions[sentence] ? SentenceRoles.Question : 0;
                pairs.Add(slots?[mask | question] ?? RoleSlot(mask | question, options), anchors[sentence], anchors[sentence]);
                count++;
            }
        }

        return count;
    }

    /// <summary>The weight slot of a sentence's role combination (<paramref name="roles"/>, with <see cref="SentenceRoles.Question"/>).</summary>
    public static int RoleSlot(int roles, HashingOptions options) =>
        FeatureHash.Slot(FeatureHash.Construction(options.Seed, LexiconHash("#roles", options), (uint)roles), options.Mask);

    /// <summary>Per role combination, its weight slot (<see cref="ScoringTables.RoleSlots"/>).</summary>
    public static int[] RoleSlots(HashingOptions options) =>
        [.. Enumerable.Range(0, SentenceRoles.Combinations).Select(roles => RoleSlot(roles, options))];

    /// <summary>Orders one sentence's lexicon items by hash, then first token; an insertion sort, which allocates nothing.</summary>
    private static void SortByHash(Span<LexiconItem> items)
    {
        for (var i = 1; i < items.Length; i++)
        {
            var item = items[i];
            var j = i - 1;
            while (j >= 0 && (items[j].Hash > item.Hash || (items[j].Hash == item.Hash && items[j].First > item.First)))
            {
                items[j + 1] = items[j];
                j--;
            }

            items[j + 1] = item;
        }
    }

    private static uint LexiconHash(string lexicon, HashingOptions options) => FeatureHash.Of(options.Seed, FeatureHash.Lexicon, lexicon);

    /// <summary>A lexicon hit in a sentence: the lexicon's hash and the tokens its hits span.</summary>
    internal readonly record struct LexiconItem(int Sentence, uint Hash, int First, int Last);

    /// <summary>Receives construction features.</summary>
    private interface IPairSink
    {
        void Add(int slot, int first, int last);
    }

    /// <summary>Construction features as text features of an <see cref="IFeatureSink"/>.</summary>
    private ref struct ExtractPairs<TSink>(ref TSink sink) : IPairSink
        where TSink : struct, IFeatureSink
    {
        private ref TSink _sink = ref sink;

        public void Add(int slot, int first, int last) => _sink.AddText(slot, first, last);
    }

    /// <summary>Construction features summed onto their last token, as the scoring path sums lexicon hits.</summary>
    private readonly struct SummedPairs(float[] weights, PerTokenSums sums) : IPairSink
    {
        public void Add(int slot, int first, int last)
        {
            sums.Sums[last] += weights[slot];
            sums.Counts[last]++;
        }
    }

    /// <summary>Whether the sentence starting at the first of <paramref name="tokens"/> has a second-person word, a name or a placeholder.</summary>
    private static bool SentenceAddressesReader(ReadOnlySpan<Token> tokens, char[] chars)
    {
        var sentence = tokens[0].Sentence;
        foreach (var t in tokens)
        {
            if (t.Sentence != sentence)
            {
                break;
            }

            if (t.Kind is TokenKind.Placeholder or TokenKind.Name || IsSecondPerson(t.Kind, chars.AsSpan(t.Start, t.Length)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The weight slot of a lexicon's hits.</summary>
    public static int LexiconSlot(string lexicon, HashingOptions options) =>
        FeatureHash.Slot(FeatureHash.Of(options.Seed, FeatureHash.Lexicon, lexicon), options.Mask);

    /// <summary>Per term set of a rule set, the weight slot of its lexicon's hits (-1 for a rule's own phrases).</summary>
    public static int[] LexiconSlots(Matching.CompiledRuleSet rules, HashingOptions options) =>
        [.. rules.SetLexicons.Select(name => name is null ? -1 : LexiconSlot(name, options))];

    /// <summary>Per term set of a rule set, the hash of its lexicon's name (0 for a rule's own phrases), for construction features.</summary>
    public static uint[] LexiconHashes(Matching.CompiledRuleSet rules, HashingOptions options) =>
        [.. rules.SetLexicons.Select(name => name is null ? 0u : LexiconHash(name, options))];

    /// <summary>Per <see cref="TokenKind"/>, the unigram hash of a token of that class that is not a word.</summary>
    public static uint[] ClassHashes(HashingOptions options) =>
        [.. Enum.GetValues<TokenKind>().Select(kind => UnigramHash(kind, default, options.Seed))];

    internal static bool IsSecondPerson(TokenKind kind, ReadOnlySpan<char> text) => kind == TokenKind.Word && s_secondPerson.Contains(text);

    /// <summary>The addressed form of a word: its hash extended by '@', a character no word token contains.</summary>
    private static uint AddressedHash(uint wordHash) => FeatureHash.Add(wordHash, '@');

    /// <summary>A word hashes its text; other tokens their class (numbers, times, percents, money and placeholders).</summary>
    private static uint UnigramHash(TokenKind kind, ReadOnlySpan<char> text, uint seed) => kind switch
    {
        TokenKind.Word => FeatureHash.Of(seed, FeatureHash.Word, text),
        TokenKind.Number => FeatureHash.Of(seed, FeatureHash.Word, "#number"),
        TokenKind.Time => FeatureHash.Of(seed, FeatureHash.Word, "#time"),
        TokenKind.Percent => FeatureHash.Of(seed, FeatureHash.Word, "#percent"),
        TokenKind.Money => FeatureHash.Of(seed, FeatureHash.Word, "#money"),
        TokenKind.Name => FeatureHash.Of(seed, FeatureHash.Word, "#name"),
        TokenKind.Person => FeatureHash.Of(seed, FeatureHash.Word, "#person"),
        _ => FeatureHash.Of(seed, FeatureHash.Word, "#placeholder"),
    };

    /// <summary>The features of the template fields, anchored on <c>-1 - fieldIndex</c>; returns their number. Only fields
    /// starting in [<paramref name="fromSource"/>, <paramref name="toSource"/>) of the source, if given.</summary>
    private static int Fields<TSink>(ScoringInput input, HashingOptions options, ref TSink sink, int fromSource = int.MinValue, int toSource = int.MaxValue)
        where TSink : struct, IFeatureSink
    {
        var count = 0;
        var fields = input.Scratch.Buffer.Fields;
        for (var f = 0; f < fields.Count; f++)
        {
            if (fields[f].Start >= fromSource && fields[f].Start < toSource)
            {
                count += Field(input.Text.AsSpan(fields[f].Start, fields[f].Length), -1 - f, options, ref sink);
            }
        }

        return count;
    }

    /// <summary>The rules' category hits (only <see cref="FeatureSet.FirstModels"/> read them).</summary>
    public static void RuleHits<TSink>(ScoringInput input, HashingOptions options, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        Span<int> best = stackalloc int[CreepCategories.All.Length];
        best.Clear();
        foreach (var candidate in input.Scratch.Candidates)
        {
            var c = (int)input.RuleSet.Rules[candidate.Rule].Info.Category;
            best[c] = Math.Max(best[c], candidate.Score);
        }

        for (var c = 0; c < best.Length; c++)
        {
            if (best[c] > 0)
            {
                sink.AddRule(RuleSlot(c, options), best[c] / 100f);
            }
        }
    }

    public static int RuleSlot(int category, HashingOptions options) =>
        FeatureHash.Slot(FeatureHash.Add(FeatureHash.Start(options.Seed, FeatureHash.Rule), (char)('0' + category)), options.Mask);

    /// <summary>Character n-grams of "^word$", hashed straight from the token's characters; the n-grams starting at one
    /// position share their hash prefix, so each character is hashed once per start.</summary>
    private static int CharGrams<TSink>(ReadOnlySpan<char> word, int token, HashingOptions options, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        var padded = word.Length + 2;
        var count = 0;
        var start0 = FeatureHash.Start(options.Seed, FeatureHash.CharGram);
        for (var start = 0; start + options.CharGramMin <= padded; start++)
        {
            var h = start0;
            var end = Math.Min(padded, start + options.CharGramMax);
            for (var k = start; k < end; k++)
            {
                h = FeatureHash.Add(h, k == 0 ? '^' : k == padded - 1 ? '$' : word[k - 1]);
                if (k - start + 1 >= options.CharGramMin)
                {
                    sink.AddText(FeatureHash.Slot(h, options.Mask), token, token);
                    count++;
                }
            }
        }

        return count;
    }

    /// <summary>The whole field name (<c>predicted_due_date</c>) and its parts (<c>predicted</c>, <c>due</c>, <c>date</c>).</summary>
    private static int Field<TSink>(ReadOnlySpan<char> name, int anchor, HashingOptions options, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        sink.AddText(FeatureHash.Slot(FeatureHash.OfLower(options.Seed, FeatureHash.Field, name), options.Mask), anchor, anchor);
        var count = 1;
        var start = 0;
        for (var i = 0; i <= name.Length; i++)
        {
            if (i == name.Length || name[i] is '_' or '.' or '-' or ' ' || (i > start && char.IsUpper(name[i]) && char.IsLower(name[i - 1])))
            {
                if (i > start)
                {
                    sink.AddText(FeatureHash.Slot(FeatureHash.OfLower(options.Seed, FeatureHash.FieldPart, name[start..i]), options.Mask), anchor, anchor);
                    count++;
                }

                start = i < name.Length && char.IsUpper(name[i]) ? i : i + 1;
            }
        }

        return count;
    }

    /// <summary>Adds up the weights of the features it is given.</summary>
    private struct SumSink(float[] weights) : IFeatureSink
    {
        public double Sum;

        public void AddText(int slot, int first, int last) => Sum += weights[slot];

        public readonly void AddRule(int slot, float value) => throw new NotSupportedException();
    }

}

/// <summary>What the summed scoring path looks up instead of hashing per token: per term set of one rule set the slot of
/// its lexicon's hits and its lexicon's hash, and per token class the unigram hash of a token of that class.</summary>
internal sealed record ScoringTables(int[] LexiconSlots, uint[] ClassHashes, uint[] LexiconHashes)
{
    /// <summary>Per term set, the role bits of its lexicon (<see cref="SentenceRoles"/>).</summary>
    public required byte[] SetRoles { get; init; }

    /// <summary>Per role combination (with <see cref="SentenceRoles.Question"/>), the weight slot of its role feature.</summary>
    public required int[] RoleSlots { get; init; }
}
