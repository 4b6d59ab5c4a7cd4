using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using CreepLint.Rules;
using CreepLint.Text;
using CreepLint.Yaml;

namespace CreepLint.Matching;

/// <summary>Validates rule definitions across files and compiles them into a <see cref="CompiledRuleSet"/>.</summary>
internal sealed class RuleSetCompiler
{
    /// <summary>Longest phrase in words; longer "phrases" are sentences that belong in examples, not terms.</summary>
    private const int MaxPhraseWords = 16;

    /// <summary>Shortest stem a prefix term may have, so "a*" cannot match every word.</summary>
    private const int MinPrefixLength = 3;

    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, LexiconDef> _lexicons = new(StringComparer.Ordinal);
    private Func<string, string?>? _lexiconHint;
    private readonly Dictionary<string, int> _lexiconSets = new(StringComparer.Ordinal);
    private readonly List<List<int[]>> _setPhrases = [];
    private readonly Dictionary<string, int> _ruleSets = new(StringComparer.Ordinal);
    /// <summary>The lexicon whose one-word terms also match misspellings (docs/rule-format.md).</summary>
    internal const string FuzzyLexicon = "sensitive-attributes";

    private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _prefixes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]?> _phraseCache = new(StringComparer.Ordinal);
    private readonly TextBuffer _buffer = new();
    private readonly List<Token> _tokens = [];
    private readonly List<bool> _questions = [];
    private int _nextWordId = TokenClasses.Count;

    private readonly string _language;

    private RuleSetCompiler(DiagnosticBag diagnostics, string language)
    {
        _diagnostics = diagnostics;
        _language = language;
    }

    /// <summary>Compiles the files; throws <see cref="RuleLoadException"/> with every problem when any file is invalid.</summary>
    /// <remarks>Every valid rule is compiled, those their file switches off too; <paramref name="settings"/> are then applied
    /// with <see cref="CompiledRuleSet.With"/>, and an entry of them that names no rule is an error.</remarks>
    /// <param name="files">The rule files.</param>
    /// <param name="diagnostics">Collects every problem.</param>
    /// <param name="settings">Rules switched off or re-levelled.</param>
    /// <param name="settingsSource">Names where <paramref name="settings"/> came from in a diagnostic (an API call, a file).</param>
    /// <param name="lexiconHint">Says where a lexicon no loaded file defines can be had (the default pack's), or null.</param>
    public static CompiledRuleSet Compile(IReadOnlyList<RuleFileDef> files, DiagnosticBag diagnostics, RuleSettings settings,
        string settingsSource = "configuration", Func<string, string?>? lexiconHint = null)
    {
        var set = CompilePack(files, diagnostics, settings, Language.LanguageTag.Default, lexiconHint);
        CheckSettings([set], diagnostics, settings, settingsSource);
        return set;
    }

    /// <summary>Compiles the files of one language's pack without checking that <paramref name="settings"/> name its rules (the
    /// caller checks against every pack with <see cref="CheckSettings(IEnumerable{CompiledRuleSet}, DiagnosticBag, RuleSettings, string)"/>); problems are left in <paramref name="diagnostics"/>.</summary>
    /// <param name="files">The pack's rule files.</param>
    /// <param name="diagnostics">Collects every problem.</param>
    /// <param name="settings">Rules switched off or re-levelled.</param>
    /// <param name="language">The pack's language (<see cref="CompiledRuleSet.Language"/>).</param>
    /// <param name="lexiconHint">Says where a lexicon no loaded file defines can be had (the default pack's), or null.</param>
    public static CompiledRuleSet CompilePack(IReadOnlyList<RuleFileDef> files, DiagnosticBag diagnostics, RuleSettings settings, string language,
        Func<string, string?>? lexiconHint = null)
    {
        var compiler = new RuleSetCompiler(diagnostics, language) { _lexiconHint = lexiconHint };
        return compiler.CompileAll(files).With(settings);
    }

    /// <summary>Reports every entry of <paramref name="settings"/> that names no rule of any of <paramref name="sets"/>, then throws on any problem.</summary>
    /// <param name="sets">Every pack of the engine.</param>
    /// <param name="diagnostics">Collects every problem.</param>
    /// <param name="settings">Rules switched off or re-levelled.</param>
    /// <param name="settingsSource">Names where <paramref name="settings"/> came from in a diagnostic (an API call, a file).</param>
    public static void CheckSettings(IEnumerable<CompiledRuleSet> sets, DiagnosticBag diagnostics, RuleSettings settings, string settingsSource = "configuration") =>
        CheckSettings(sets.SelectMany(s => RuleCatalog.Of(s)), diagnostics, settings, settingsSource);

    /// <summary>Reports every entry of <paramref name="settings"/> that names none of <paramref name="defined"/> (the ids and
    /// names of every rule of every pack, compiled or not), then throws on any problem.</summary>
    public static void CheckSettings(IEnumerable<RuleEntry> defined, DiagnosticBag diagnostics, RuleSettings settings, string settingsSource = "configuration")
    {
        var names = defined.SelectMany(r => new[] { r.Id, r.Name }).ToList();
        foreach (var name in settings.UnknownIds(names))
        {
            diagnostics.Add(settingsSource, 1, 1, "CL0032", $"no rule has the id or name '{name}'{Spelling.DidYouMean(name, names.Concat(CreepCategories.Ids))}");
        }

        if (diagnostics.Count > 0)
        {
            throw new RuleLoadException(diagnostics.ToImmutable());
        }
    }

    private CompiledRuleSet CompileAll(IReadOnlyList<RuleFileDef> files)
    {
        foreach (var lexicon in files.SelectMany(f => f.Lexicons))
        {
            if (_lexicons.TryGetValue(lexicon.Name, out var existing))
            {
                Error(lexicon.Source, "CL0030", $"lexicon '{lexicon.Name}' is already defined at {existing.Source.File}:{existing.Source.Position.Line}; give it another name or merge the lists");
                continue;
            }

            _lexicons.Add(lexicon.Name, lexicon);
        }

        var ruleDefs = new List<RuleDef>();
        var ids = new Dictionary<string, RuleDef>(StringComparer.Ordinal);
        var names = new Dictionary<string, RuleDef>(StringComparer.Ordinal);
        foreach (var rule in files.SelectMany(f => f.Rules))
        {
            if (string.Equals(rule.Id, Scoring.ModelBlend.RuleId, StringComparison.Ordinal) || string.Equals(rule.Name, Scoring.ModelBlend.RuleName, StringComparison.Ordinal))
            {
                Error(rule.Source, "CL0031", $"rule id {Scoring.ModelBlend.RuleId} and name {Scoring.ModelBlend.RuleName} belong to the learned model's finding; give the rule another id and name");
                continue;
            }

            if (ids.TryGetValue(rule.Id, out var other))
            {
                Error(rule.Source, "CL0031", $"duplicate rule id '{rule.Id}' (also at {other.Source.File}:{other.Source.Position.Line}); rule ids must be unique");
                continue;
            }

            if (names.TryGetValue(rule.Name, out other))
            {
                Error(rule.Source, "CL0031", $"duplicate rule name '{rule.Name}' (also {other.Id} at {other.Source.File}:{other.Source.Position.Line})");
                continue;
            }

            ids.Add(rule.Id, rule);
            names.Add(rule.Name, rule);
            ruleDefs.Add(rule);
        }

        var context = new List<ContextSignal>();
        foreach (var def in files.SelectMany(f => f.Context))
        {
            if (LexiconSet(def.Lexicon, def.Source) is { } set)
            {
                context.Add(new ContextSignal(set, def.Factor));
            }
        }

        var compiled = new List<CompiledRule>();
        foreach (var def in ruleDefs.OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            if (CompileRule(def, compiled.Count) is { } rule)
            {
                compiled.Add(rule);
            }
        }

        // A role is read wherever its lexicon's words appear: a lexicon that no rule or context entry scans gets a set of its own
        // (the scan is one pass over the message however many sets there are, so a role costs a few more hits, not a pass).
        var roleSets = new List<(int Set, byte Role)>();
        foreach (var def in files.SelectMany(f => f.Roles))
        {
            if (LexiconSet(def.Lexicon, def.Source) is { } set)
            {
                roleSets.Add((set, def.Role));
            }
        }

        var setRoles = new byte[_setPhrases.Count];
        foreach (var (set, role) in roleSets)
        {
            setRoles[set] |= role;
        }

        var table = BuildTable();

        var setLexicons = new string?[_setPhrases.Count];
        foreach (var (name, set) in _lexiconSets)
        {
            setLexicons[set] = name;
        }

        CompiledRule[] defined = [.. compiled];
        return new CompiledRuleSet(table, defined, RuleTriggers.None, [], [], [.. context], _setPhrases.Count, []) { SetLexicons = setLexicons, SetRoles = setRoles, Defined = defined, Language = _language };
    }

    private CompiledRule? CompileRule(RuleDef def, int index)
    {
        var before = _diagnostics.Count;
        var ownSets = new List<int>();
        var phraseSet = def.Phrases is null ? -1 : TermSet(def.Phrases);
        if (phraseSet >= 0)
        {
            ownSets.Add(phraseSet);
        }

        var near = def.Near.Select(n => CompileNear(n, ownSets)).OfType<NearClause>().ToArray();
        var unless = def.Unless.Select(u => new UnlessClause(u.Phrases is null ? -1 : TermSet(u.Phrases), u.Near is null ? null : CompileNear(u.Near, null), u.Dampen, u.MessageScope, u.Within, u.Outside, u.ParagraphScope)).ToArray();
        var patterns = def.Patterns.Select(p => CompileRegex(p.Regex, p.Source, $"pattern of rule {def.Id}")).OfType<Regex>().ToArray();
        var fields = def.Fields.Select(f => new FieldGlob(f.Regex)).ToArray();
        if (_diagnostics.Count > before)
        {
            return null;
        }

        var info = new RuleInfo(def.Id, def.Name, def.Category, def.Severity, def.Confidence,
            def.Message, def.Why, def.Suggestion, def.References, def.AppliesTo,
            [.. def.Bad.Select(e => new RuleExample(e.Text, e.Kind))], [.. def.Good.Select(e => new RuleExample(e.Text, e.Kind))],
            def.Source.File, def.Source.Position.Line, _language);
        return new CompiledRule(index, info, phraseSet, near, patterns, fields, unless, [.. ownSets.Distinct()]) { QuestionOnly = def.QuestionOnly, EnabledInFile = def.Enabled };
    }

    private NearClause? CompileNear(NearDef def, List<int>? ownSets)
    {
        var sets = def.Sets.Select(TermSet).ToArray();
        if (sets.Any(s => s < 0))
        {
            return null;
        }

        // A clause that spans its first set's words only matched on that set; the others are conditions, so a context
        // signal over one of them (the reader in "we noticed" + `@second-person`) still applies to the finding.
        ownSets?.AddRange(def.SpanFirst ? sets[..1] : sets);
        return new NearClause(sets, def.Within, def.Ordered, def.MessageScope, def.SpanFirst, def.ParagraphScope);
    }

    /// <summary>The set id of a term list; a list that is exactly one lexicon reference shares that lexicon's set.</summary>
    private int TermSet(TermSetDef def)
    {
        if (def.Items.Length == 1 && def.Items[0].IsLexiconRef)
        {
            return LexiconSet(def.Items[0].LexiconName, def.Items[0].Source) ?? -1;
        }

        var phrases = new List<int[]>();
        if (!Expand(def.Items, phrases, []))
        {
            return -1;
        }

        // Rules that list the same terms share one set: a scan emits a hit per set a phrase ends in, so every duplicate
        // list of a common word ("your") would cost a hit per occurrence of that word.
        var key = string.Join(";", phrases.Select(p => string.Join(",", p)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        if (_ruleSets.TryGetValue(key, out var shared))
        {
            return shared;
        }

        _setPhrases.Add(phrases);
        _ruleSets[key] = _setPhrases.Count - 1;
        return _setPhrases.Count - 1;
    }

    private string UnknownLexicon(string name) =>
        _lexiconHint?.Invoke(name) is { } hint
            ? $"unknown lexicon '@{name}': {hint}"
            : $"unknown lexicon '@{name}'{Spelling.DidYouMean(name, _lexicons.Keys)}; define it under 'lexicons:' in a rule file";

    private int? LexiconSet(string name, SourceRef at)
    {
        if (_lexiconSets.TryGetValue(name, out var set))
        {
            return set;
        }

        if (!_lexicons.TryGetValue(name, out var lexicon))
        {
            Error(at, "CL0033", UnknownLexicon(name));
            return null;
        }

        var phrases = new List<int[]>();
        if (!Expand(lexicon.Terms.Items, phrases, [name]))
        {
            return null;
        }

        _setPhrases.Add(phrases);
        _lexiconSets[name] = _setPhrases.Count - 1;
        return _setPhrases.Count - 1;
    }

    private bool Expand(ImmutableArray<TermItem> items, List<int[]> into, HashSet<string> visiting)
    {
        var ok = true;
        foreach (var item in items)
        {
            if (!item.IsLexiconRef)
            {
                if (Phrase(item) is { } phrase)
                {
                    into.Add(phrase);
                    AddReaderContractions(item, phrase, into);
                    AddSmsReader(phrase, into);
                    AddClockTimeReadings(phrase, into);
                }
                else
                {
                    ok = false;
                }

                continue;
            }

            var name = item.LexiconName;
            if (!_lexicons.TryGetValue(name, out var lexicon))
            {
                Error(item.Source, "CL0033", UnknownLexicon(name));
                ok = false;
                continue;
            }

            if (!visiting.Add(name))
            {
                Error(item.Source, "CL0034", $"lexicon '@{name}' refers back to itself");
                ok = false;
                continue;
            }

            ok &= Expand(lexicon.Terms.Items, into, visiting);
            visiting.Remove(name);
        }

        return ok;
    }

    /// <summary>
    /// In the English pack a phrase that ends in "you" after a word that opens a clause also ends in "you're" and "you've"
    /// ("we know exactly when you" reads "we know exactly when you're home", "we can see that you" reads "we can see that
    /// you've been busy"): the contraction is one word in the text, and it is the same reader doing the same thing. Only the
    /// last word: "you &lt;past&gt;" must not read "you're invited". "you'll" and "you'd" are left out: "we can tell you'll
    /// love it" is a promise, not a claim.
    /// </summary>
    private void AddReaderContractions(TermItem item, int[] phrase, List<int[]> into)
    {
        if (_language != Language.LanguageTag.Default || phrase.Length < 2 || !_words.TryGetValue("you", out var you) || phrase[^1] != you
            || !ClauseOpeners.Any(w => _words.TryGetValue(w, out var id) && phrase[^2] == id))
        {
            return;
        }

        foreach (var ending in ReaderContractions)
        {
            if (Phrase(item with { Text = item.Text + ending }) is { } contracted)
            {
                into.Add(contracted);
            }
        }
    }

    private static readonly string[] ReaderContractions = ["'re", "'ve"];

    /// <summary>
    /// In the English pack SMS copy writes both "your" and "you're" as "ur" ("ur account", "ur booked"), a spelling that
    /// stands for two words and so is not read as either for every word (<see cref="Text.SmsSpellings"/>). Inside a phrase
    /// it is: a phrase that says "your" or "you're" also matches "ur" there ("your friend" reads "Ur friend Kelly just
    /// bought", "your account" reads "added to ur account" as the transactional notice it is). Either way the word is the
    /// reader, so the two readings of "ur" never disagree on who is meant.
    /// </summary>
    private void AddSmsReader(int[] phrase, List<int[]> into)
    {
        if (_language != Language.LanguageTag.Default || phrase.Length < 2)
        {
            return;
        }

        var your = _words.GetValueOrDefault("your", -1);
        var youAre = _words.GetValueOrDefault("you're", -1);
        if (Array.FindIndex(phrase, id => id == your || id == youAre) < 0)
        {
            return;
        }

        if (!_words.TryGetValue("ur", out var ur))
        {
            ur = _nextWordId++;
            _words.Add("ur", ur);
        }

        into.Add([.. phrase.Select(id => id == your || id == youAre ? ur : id)]);
    }

    /// <summary>
    /// In the French pack a clock time written with "h" is one <c>&lt;time&gt;</c> token in the text ("18 h 30", "à 9h":
    /// <see cref="Text.ClockTimesWithH"/>), where a term spells it out as a number and "h": each term with
    /// "<c>&lt;number&gt; h &lt;number&gt;</c>" or "<c>&lt;number&gt; h</c>" also reads <c>&lt;time&gt;</c> in their place
    /// (every combination, for at most three of them), so "<c>à &lt;number&gt; h</c>" still matches "à 9 h" and
    /// "<c>&lt;number&gt; h &lt;number&gt;</c>" still matches "14 h 30".
    /// </summary>
    private void AddClockTimeReadings(int[] phrase, List<int[]> into)
    {
        if (_language != "fr" || phrase.Length < 2 || !_words.TryGetValue("h", out var h))
        {
            return;
        }

        var a = Normalise("à") is [var folded] && _words.TryGetValue(folded, out var id) ? id : -1;
        List<(int At, int Length)>? spots = null;
        for (var i = 0; i < phrase.Length; i++)
        {
            if (phrase[i] != TokenClasses.Number)
            {
                continue;
            }

            if (i + 1 < phrase.Length && phrase[i + 1] == h)
            {
                // "<number> h <number>" is always one time in the text; "<number> h" only after "à" ("à 9 h"), or as the
                // first words of "18 h 30" where the term stops at "h" or starts there ("<number> h du matin" read "à 2 h
                // du matin"): elsewhere ("de <number> h à …") the text keeps it as a number and "h".
                var length = i + 2 < phrase.Length && phrase[i + 2] == TokenClasses.Number ? 3 : 2;
                if (length == 3 || i == 0 || i + 2 == phrase.Length || phrase[i - 1] == a)
                {
                    (spots ??= []).Add((i, length));
                }

                i += length - 1;
            }
            else if (i == 0 || i == phrase.Length - 1)
            {
                // A number that starts or ends a term matched the hour or the minutes of "2 h 14" ("debout à <number>").
                (spots ??= []).Add((i, 1));
            }
        }

        if (spots is null || spots.Count > 3)
        {
            return;
        }

        for (var mask = 1; mask < 1 << spots.Count; mask++)
        {
            var ids = new List<int>(phrase.Length);
            var next = 0;
            for (var k = 0; k < spots.Count; k++)
            {
                if ((mask & (1 << k)) != 0)
                {
                    ids.AddRange(phrase[next..spots[k].At]);
                    ids.Add(TokenClasses.Time);
                    next = spots[k].At + spots[k].Length;
                }
            }

            ids.AddRange(phrase[next..]);
            into.Add([.. ids]);
        }
    }

    /// <summary>
    /// Words after which "you" opens a clause ("when you", "we know you", "because you"), so "you're" there is the same reader.
    /// After a verb or a preposition "you" is an object ("watching you", "for you"), and "you're" would begin the next clause
    /// ("Continue watching: you're halfway through").
    /// </summary>
    private static readonly string[] ClauseOpeners =
    [
        "when", "what", "how", "where", "why", "that", "whether", "if", "everything", "anything", "all", "since", "because",
        "while", "until", "once", "know", "knew", "see", "saw", "tell", "noticed", "think", "guess", "bet", "hear", "heard",
        "realise", "realize", "sure", "clear", "seems", "looks",
    ];

    /// <summary>Compiles one phrase into word-pattern ids, reporting malformed terms.</summary>
    private int[]? Phrase(TermItem item)
    {
        if (_phraseCache.TryGetValue(item.Text, out var cached))
        {
            return cached;
        }

        var ids = new List<int>();
        foreach (var raw in ClassesApart(Quantities.InTerm(item.Text)).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (raw.StartsWith('<') && raw.EndsWith('>'))
            {
                var cls = Array.IndexOf(TokenClasses.Names, raw[1..^1]);
                if (cls < 0)
                {
                    Error(item.Source, "CL0035", $"unknown token class '{raw}' in '{item.Text}'; use one of {string.Join(", ", TokenClasses.Names.Select(n => $"<{n}>"))}");
                    return _phraseCache[item.Text] = null;
                }

                if (cls == TokenClasses.Proper && ids.Count == 0)
                {
                    // Capitals are read only where a phrase goes on into a word ("back from <proper>"), never for every word.
                    Error(item.Source, "CL0035", $"'<proper>' must follow a word in '{item.Text}', as in 'back from <proper>': a term cannot begin with it");
                    return _phraseCache[item.Text] = null;
                }

                ids.Add(cls);
                continue;
            }

            var prefix = raw.EndsWith('*');
            var words = Normalise(prefix ? raw[..^1] : raw);
            if (raw.IndexOf('*') is var star && star >= 0 && star < raw.Length - 1)
            {
                Error(item.Source, "CL0036", $"'*' may only end a word (as in 'pregnan*'), not stand inside '{raw}'");
                return _phraseCache[item.Text] = null;
            }

            if (prefix && (words.Count != 1 || words[0].Length < MinPrefixLength))
            {
                Error(item.Source, "CL0036", $"prefix term '{raw}' needs at least {MinPrefixLength} letters of one word before '*'");
                return _phraseCache[item.Text] = null;
            }

            foreach (var spelt in words)
            {
                // A unit's short form in a term ("<number>x") or an SMS spelling ("saw u at") is the word it stands for, as it
                // is in the text (WithAbbreviations).
                var word = !prefix && _language == Language.LanguageTag.Default && StandsFor(spelt) is { } full ? full : spelt;
                var table = prefix ? _prefixes : _words;
                if (!table.TryGetValue(word, out var id))
                {
                    id = _nextWordId++;
                    table.Add(word, id);
                }

                ids.Add(id);
            }
        }

        if (ids.Count == 0)
        {
            Error(item.Source, "CL0037", $"the phrase '{item.Text}' has no words to match");
            return _phraseCache[item.Text] = null;
        }

        if (ids.Count > MaxPhraseWords)
        {
            Error(item.Source, "CL0037", $"the phrase '{item.Text}' has {ids.Count} words; phrases may have at most {MaxPhraseWords} (use 'near' for looser matches)");
            return _phraseCache[item.Text] = null;
        }

        return _phraseCache[item.Text] = [.. ids];
    }

    /// <summary>
    /// A token class written against the word after it ("<c>&lt;number&gt;m from</c>", "<c>&lt;number&gt;-year-old</c>",
    /// "<c>&lt;number&gt;th visit</c>") is read as the text reads it: a unit or a hyphenated word is a word of its own
    /// ("200m" is a number and "m"; "45-year-old" is a number, "year", "old"). Written against the next word the class was
    /// never matched. An ordinal is one number in the text ("4th"), so a term writes it <c>&lt;number&gt;</c>: "your
    /// &lt;number&gt; look" reads "your 4th look".
    /// </summary>
    private static string ClassesApart(string term)
    {
        if (!term.Contains('>'))
        {
            return term;
        }

        var builder = new System.Text.StringBuilder(term.Length + 4);
        var at = 0;
        while (at < term.Length)
        {
            var close = term.IndexOf('>', at);
            if (close < 0 || term.LastIndexOf('<', close) < at)
            {
                builder.Append(term, at, term.Length - at);
                break;
            }

            builder.Append(term, at, close + 1 - at);
            at = close + 1;
            var end = at;
            while (end < term.Length && term[end] != ' ')
            {
                end++;
            }

            var glued = term.AsSpan(at, end - at);
            if (glued.IsEmpty)
            {
                continue;
            }

            builder.Append(' ');
            builder.Append(glued.TrimStart('-'));
            at = end;
        }

        return builder.ToString();
    }

    /// <summary>Normalises a term exactly as message text is normalised, so terms and messages always agree.</summary>
    private List<string> Normalise(string text)
    {
        TextExtractor.Extract(text, text.Length, html: false, _buffer);
        Tokenizer.Tokenize(_buffer, text, _tokens, _questions);
        return [.. _tokens.Select(t => new string(_buffer.Chars, t.Start, t.Length))];
    }

    private PhraseTable BuildTable()
    {
        var transitions = new Dictionary<long, int>();
        // Per node, the sets whose phrases end there, ascending and distinct: sets are added in ascending order, so a list
        // that skips a repeat of its last entry is one (a SortedSet would be compiled by the JIT at every start-up).
        var terminals = new List<List<int>?> { null };
        var maxLength = 0;
        for (var set = 0; set < _setPhrases.Count; set++)
        {
            foreach (var phrase in _setPhrases[set])
            {
                maxLength = Math.Max(maxLength, phrase.Length);
                var node = 0;
                foreach (var id in phrase)
                {
                    var key = ((long)node << 32) | (uint)id;
                    if (!transitions.TryGetValue(key, out var child))
                    {
                        child = terminals.Count;
                        terminals.Add(null);
                        transitions.Add(key, child);
                    }

                    node = child;
                }

                var ending = terminals[node] ??= [];
                if (ending.Count == 0 || ending[^1] != set)
                {
                    ending.Add(set);
                }
            }
        }

        var start = new int[terminals.Count + 1];
        var flat = new List<int>();
        for (var n = 0; n < terminals.Count; n++)
        {
            start[n] = flat.Count;
            if (terminals[n] is { } sets)
            {
                flat.AddRange(sets);
            }
        }

        start[terminals.Count] = flat.Count;
        return new PhraseTable(WithAbbreviations(), PrefixTrie.Build(_prefixes), transitions, start, [.. flat], maxLength, new FuzzyWords(FuzzyEligible()), Text.NumberWords.For(_language), Elisions.Reads(_language));
    }

    /// <summary>
    /// The one-word terms of the lexicon <see cref="FuzzyLexicon"/> (the pack's union of personal-attribute lexicons), when
    /// a rule uses it: the words a misspelling may stand for (<see cref="FuzzyWords"/>).
    /// </summary>
    private IEnumerable<(string Word, int Id)> FuzzyEligible()
    {
        if (!_lexiconSets.TryGetValue(FuzzyLexicon, out var set))
        {
            yield break;
        }

        var ids = new HashSet<int>();
        foreach (var phrase in _setPhrases[set])
        {
            if (phrase.Length == 1)
            {
                ids.Add(phrase[0]);
            }
        }

        foreach (var (word, id) in _words)
        {
            if (ids.Contains(id))
            {
                yield return (word, id);
            }
        }
    }

    /// <summary>Unit short forms and SMS spellings, each with the English word it stands for (one table: a spelling in both
    /// lists would fail here, at start-up of every English pack).</summary>
    private static readonly Dictionary<string, string> s_englishShortForms =
        UnitAbbreviations.English.Concat(SmsSpellings.English).ToDictionary(p => p.Item1, p => p.Word, StringComparer.Ordinal);

    /// <summary>
    /// The pack's words, and for English the short forms of count and time units that SMS copy writes after a number
    /// ("5x", "2hrs", "10mins": the tokenizer splits them off the number) and SMS spellings of common words ("u", "didnt",
    /// "2nite") under the id of the word a term spells out, so "<c>&lt;number&gt; times</c>" matches "5x",
    /// "<c>&lt;number&gt; hours</c>" matches "2hrs" and "2 hrs", and "you opened" matches "u opened".
    /// </summary>
    private Dictionary<string, int> WithAbbreviations()
    {
        if (_language != Language.LanguageTag.Default)
        {
            return _words;
        }

        var words = new Dictionary<string, int>(_words, StringComparer.Ordinal);
        foreach (var (shortForm, word) in s_englishShortForms)
        {
            if (!words.ContainsKey(shortForm) && _words.TryGetValue(word, out var id))
            {
                words[shortForm] = id;
            }
        }

        return words;
    }

    /// <summary>The English word a unit's short form or an SMS spelling stands for, or <see langword="null"/>.</summary>
    private static string? StandsFor(string spelt) => s_englishShortForms.GetValueOrDefault(spelt);

    private Regex? CompileRegex(string pattern, SourceRef at, string what)
    {
        const RegexOptions options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;
        try
        {
            // Linear in the input, so no timeout: one would only make results depend on machine load.
            return new Regex(pattern, options | RegexOptions.NonBacktracking, Regex.InfiniteMatchTimeout);
        }
        catch (NotSupportedException)
        {
            // Lookarounds and backreferences need the backtracking engine; the timeout bounds it instead.
            try
            {
                return new Regex(pattern, options, Limits.RegexTimeout);
            }
            catch (ArgumentException ex)
            {
                Error(at, "CL0038", $"invalid regular expression in {what}: {ex.Message}");
                return null;
            }
        }
        catch (ArgumentException ex)
        {
            Error(at, "CL0038", $"invalid regular expression in {what}: {ex.Message}");
            return null;
        }
    }

    private void Error(SourceRef at, string code, string message) => _diagnostics.Add(at.File, at.Position.Line, at.Position.Column, code, message);
}
