using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using CreepLint.Yaml;

namespace CreepLint.Rules;

/// <summary>Maps a rule file's YAML onto rule definitions, reporting every problem with its position.</summary>
internal sealed partial class RuleFileReader
{
    private static readonly string[] s_topKeys = ["language", "rules", "lexicons", "context", "roles"];

    private static readonly string[] s_ruleKeys =
    [
        "id", "name", "category", "severity", "confidence", "message", "why", "suggestion", "references", "applies-to",
        "phrases", "near", "patterns", "unless", "fields", "examples", "enabled", "sentence",
    ];

    private static readonly string[] s_nearKeys = ["terms", "within", "ordered", "scope", "span"];
    private static readonly string[] s_unlessKeys = ["phrases", "near", "dampen", "scope", "within", "outside"];
    private static readonly string[] s_exampleKeys = ["bad", "good"];
    private static readonly string[] s_exampleItemKeys = ["text", "kind"];
    private static readonly string[] s_contextKeys = ["lexicon", "factor"];

    /// <summary>The keys a rule may have, for the JSON Schema's sync test.</summary>
    internal static IReadOnlyList<string> RuleKeys => s_ruleKeys;

    /// <summary>The keys a rule file may have at the top level.</summary>
    internal static IReadOnlyList<string> TopKeys => s_topKeys;

    /// <summary>The keys of a 'near' clause.</summary>
    internal static IReadOnlyList<string> NearKeys => s_nearKeys;

    /// <summary>The codes rule files report YAML value problems under.</summary>
    private static readonly YamlCodes s_codes = new(UnknownKey: "CL0020", WrongType: "CL0021", OutOfRange: "CL0022");

    private readonly string _file;
    private readonly DiagnosticBag _diagnostics;
    private readonly YamlValues _yaml;

    private RuleFileReader(string file, DiagnosticBag diagnostics)
    {
        _file = file;
        _diagnostics = diagnostics;
        _yaml = new YamlValues(file, diagnostics, s_codes);
    }

    /// <summary>Reads one rule file. Problems go to <paramref name="diagnostics"/>; the result holds whatever was valid.</summary>
    public static RuleFileDef Read(string text, string file, DiagnosticBag diagnostics)
    {
        var reader = new RuleFileReader(file, diagnostics);
        if (!RuleText.Check(text, file, diagnostics))
        {
            return new RuleFileDef(file, [], [], []);
        }

        var root = YamlReader.Read(text, file, diagnostics);
        return reader.ReadRoot(root);
    }

    [GeneratedRegex("^[A-Z]{2,8}[0-9]{3,5}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex KebabPattern();

    private RuleFileDef ReadRoot(YamlNode? root)
    {
        var rules = ImmutableArray.CreateBuilder<RuleDef>();
        var lexicons = ImmutableArray.CreateBuilder<LexiconDef>();
        var context = ImmutableArray.CreateBuilder<ContextDef>();
        var roles = ImmutableArray.CreateBuilder<RoleDef>();
        if (root is null || (root is YamlScalar s && s.IsNull))
        {
            return new RuleFileDef(_file, rules.ToImmutable(), lexicons.ToImmutable(), context.ToImmutable());
        }

        if (root is not YamlMapping map)
        {
            Error(root, "CL0010", $"a rule file must be a mapping with 'rules', 'lexicons' or 'context', not {root.KindName}");
            return new RuleFileDef(_file, [], [], []);
        }

        _yaml.CheckKeys(map, s_topKeys, "key", "rule file");
        var language = Language.LanguageTag.Default;
        if (map.Get("language") is { } languageNode && RequiredString(map, "language", "rule file") is { } languageText)
        {
            if (Language.LanguageTag.Normalise(languageText) is { } tag)
            {
                language = tag;
            }
            else
            {
                Error(languageNode, "CL0015", $"language '{languageText}' must be a language code such as de, fr or es (ISO 639-1)");
            }
        }

        if (map.Get("rules") is { } rulesNode && _yaml.Expect<YamlSequence>(rulesNode, "'rules'", "a list of rules") is { } list)
        {
            foreach (var item in list.Items)
            {
                if (ReadRule(item) is { } rule)
                {
                    rules.Add(rule);
                }
            }
        }

        if (map.Get("lexicons") is { } lexNode && _yaml.Expect<YamlMapping>(lexNode, "'lexicons'", "a mapping of lexicon names to term lists") is { } lexMap)
        {
            foreach (var (key, value) in lexMap.Entries)
            {
                if (!KebabPattern().IsMatch(key.Value))
                {
                    Error(key, "CL0011", $"lexicon name '{key.Value}' must be kebab-case (lower-case words joined by '-')");
                    continue;
                }

                if (ReadTermSet(value, $"lexicon '{key.Value}'") is { } terms)
                {
                    lexicons.Add(new LexiconDef(key.Value, terms, Ref(key)));
                }
            }
        }

        if (map.Get("context") is { } ctxNode && _yaml.Expect<YamlSequence>(ctxNode, "'context'", "a list of { lexicon, factor } entries") is { } ctxList)
        {
            foreach (var item in ctxList.Items)
            {
                if (_yaml.Expect<YamlMapping>(item, "a context entry", "a mapping with 'lexicon' and 'factor'") is not { } entry)
                {
                    continue;
                }

                _yaml.CheckKeys(entry, s_contextKeys, "key", "context entry");
                var lexicon = RequiredString(entry, "lexicon", "context entry");
                var factor = entry.Get("factor") is { } factorNode ? _yaml.Number(factorNode, "'factor'", 0.0, 2.0) : null;
                if (lexicon is not null && factor is not null)
                {
                    context.Add(new ContextDef(lexicon.TrimStart('@'), factor.Value, Ref(entry)));
                }
                else if (entry.Get("factor") is null)
                {
                    Error(entry, "CL0012", "a context entry needs 'factor' (0 to 2; below 1 dampens, above 1 raises)");
                }
            }
        }

        if (map.Get("roles") is { } rolesNode && _yaml.Expect<YamlMapping>(rolesNode, "'roles'", "a mapping of role names (" + string.Join(", ", Model.SentenceRoles.Named.Select(r => r.Name)) + ") to lists of @lexicon references") is { } roleMap)
        {
            foreach (var (key, value) in roleMap.Entries)
            {
                if (!Model.SentenceRoles.TryParse(key.Value, out var role))
                {
                    Error(key, "CL0015", $"role '{key.Value}' must be one of {string.Join(", ", Model.SentenceRoles.Named.Select(r => r.Name))}");
                    continue;
                }

                if (_yaml.Expect<YamlSequence>(value, $"role '{key.Value}'", "a list of @lexicon references") is not { } refs)
                {
                    continue;
                }

                foreach (var item in refs.Items)
                {
                    if (_yaml.Text(item, $"an entry of role '{key.Value}'") is not { } text)
                    {
                        continue;
                    }

                    var name = text.Trim().TrimStart('@');
                    if (!text.TrimStart().StartsWith('@') || !KebabPattern().IsMatch(name))
                    {
                        Error(item, "CL0015", $"role '{key.Value}' lists '{text}'; a role lists lexicons, each as @name (for example \"@second-person\")");
                        continue;
                    }

                    roles.Add(new RoleDef(name, role, Ref(item)));
                }
            }
        }

        return new RuleFileDef(_file, rules.ToImmutable(), lexicons.ToImmutable(), context.ToImmutable()) { Language = language, Roles = roles.ToImmutable() };
    }

    private RuleDef? ReadRule(YamlNode node)
    {
        if (_yaml.Expect<YamlMapping>(node, "a rule", "a mapping with 'id', 'category', 'message' and a matching form") is not { } map)
        {
            return null;
        }

        var before = _diagnostics.Count;
        _yaml.CheckKeys(map, s_ruleKeys, "key", "rule");
        var id = RequiredString(map, "id", "rule");
        if (id is not null && !IdPattern().IsMatch(id))
        {
            Error(map.Get("id")!, "CL0013", $"rule id '{id}' must be 2–8 capital letters followed by 3–5 digits, such as CL1001");
        }

        var label = id is null ? "rule" : $"rule {id}";
        var name = RequiredString(map, "name", label);
        if (name is not null && !KebabPattern().IsMatch(name))
        {
            Error(map.Get("name")!, "CL0013", $"rule name '{name}' must be kebab-case, such as asserted-health-condition");
        }

        CreepCategory category = default;
        if (RequiredString(map, "category", label) is { } categoryText)
        {
            if (CreepCategories.TryParse(categoryText, out var parsed))
            {
                category = parsed.Value;
            }
            else
            {
                Error(map.Get("category")!, "CL0014", $"unknown category '{categoryText}'{Spelling.DidYouMean(categoryText, CreepCategories.Ids)}; categories are: {string.Join(", ", CreepCategories.Ids)}");
            }
        }

        var severity = Severity.Warning;
        if (RequiredString(map, "severity", label) is { } severityText)
        {
            if (severityText is "info" or "warning" or "error")
            {
                severity = Enum.Parse<Severity>(severityText, ignoreCase: true);
            }
            else
            {
                Error(map.Get("severity")!, "CL0015", $"unknown severity '{severityText}'{Spelling.DidYouMean(severityText, ["info", "warning", "error"])}; use info, warning or error");
            }
        }

        var confidence = 0;
        if (map.Get("confidence") is { } confNode)
        {
            confidence = (int)(_yaml.Number(confNode, "'confidence'", 1, 100) ?? 0);
        }
        else
        {
            Error(map, "CL0012", $"{label} needs 'confidence' (1–100: how sure a match makes the message creepy)");
        }

        var message = RequiredString(map, "message", label) ?? string.Empty;
        var why = RequiredString(map, "why", label) ?? string.Empty;
        var suggestion = RequiredString(map, "suggestion", label) ?? string.Empty;
        var references = ReadStringList(map.Get("references"), "references");
        var appliesTo = RuleTarget.Both;
        if (map.Get("applies-to") is { } targetNode && _yaml.Text(targetNode, "'applies-to'") is { } target)
        {
            appliesTo = target switch
            {
                "message" => RuleTarget.Message,
                "rationale" => RuleTarget.Rationale,
                "both" => RuleTarget.Both,
                _ => Fail(targetNode, $"'applies-to' must be message, rationale or both, not '{target}'"),
            };
        }

        var phrases = map.Get("phrases") is { } phrasesNode ? ReadTermSet(phrasesNode, "'phrases'") : null;
        var near = ReadNearList(map.Get("near"));
        var patterns = ReadPatterns(map.Get("patterns"), "patterns");
        var fields = ReadPatterns(map.Get("fields"), "fields");
        var unless = ReadUnless(map.Get("unless"));
        var enabled = map.Get("enabled") is not { } enabledNode || (_yaml.Bool(enabledNode, "'enabled'") ?? false);
        // Only when no matching key is present at all: a malformed one already has its own, more precise diagnostic.
        if (map.Get("phrases") is null && map.Get("near") is null && map.Get("patterns") is null && map.Get("fields") is null)
        {
            Error(map, "CL0016", $"{label} has nothing to match; give it 'phrases', 'near', 'patterns' or 'fields'");
        }

        var questionOnly = false;
        if (map.Get("sentence") is { } sentenceNode && _yaml.Text(sentenceNode, "'sentence'") is { } sentenceKind)
        {
            questionOnly = sentenceKind == "question";
            if (sentenceKind is not ("question" or "any"))
            {
                Error(sentenceNode, "CL0015", $"'sentence' must be question (match only in sentences ending with '?') or any, not '{sentenceKind}'");
            }
        }

        var (bad, good) = ReadExamples(map.Get("examples"), appliesTo);
        if (_diagnostics.Count > before || id is null || name is null)
        {
            return null;
        }

        return new RuleDef(id, name, category, severity, confidence, message, why, suggestion, references, appliesTo,
            phrases, near, patterns, unless, fields, bad, good, enabled, Ref(map))
        {
            QuestionOnly = questionOnly,
        };
    }

    private ImmutableArray<NearDef> ReadNearList(YamlNode? node)
    {
        if (node is null)
        {
            return [];
        }

        if (node is YamlMapping single)
        {
            return ReadNear(single) is { } near ? [near] : [];
        }

        if (_yaml.Expect<YamlSequence>(node, "'near'", "a mapping with 'terms' and 'within', or a list of them") is not { } list)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<NearDef>();
        foreach (var item in list.Items)
        {
            if (_yaml.Expect<YamlMapping>(item, "a 'near' entry", "a mapping with 'terms' and 'within'") is { } m && ReadNear(m) is { } near)
            {
                result.Add(near);
            }
        }

        return result.ToImmutable();
    }

    private NearDef? ReadNear(YamlMapping map, bool inUnless = false)
    {
        _yaml.CheckKeys(map, s_nearKeys, "key", "'near'");
        if (map.Get("terms") is not { } termsNode)
        {
            Error(map, "CL0012", "'near' needs 'terms': a list of two or more term sets");
            return null;
        }

        if (_yaml.Expect<YamlSequence>(termsNode, "'near.terms'", "a list of term sets") is not { } terms)
        {
            return null;
        }

        var sets = ImmutableArray.CreateBuilder<TermSetDef>();
        foreach (var item in terms.Items)
        {
            if (item is YamlScalar scalar)
            {
                if (_yaml.Text(scalar, "a term") is { } text)
                {
                    sets.Add(new TermSetDef([new TermItem(text, Ref(scalar))], Ref(scalar)));
                }
            }
            else if (ReadTermSet(item, "a 'near' term set") is { } set)
            {
                sets.Add(set);
            }
        }

        if (sets.Count < 2)
        {
            Error(termsNode, "CL0017", "'near.terms' needs at least two term sets (for example [\"@second-person\", \"@health-conditions\"])");
            return null;
        }

        var within = map.Get("within") is { } withinNode ? (int)(_yaml.Number(withinNode, "'within'", 0, 50) ?? 3) : 3;
        var ordered = map.Get("ordered") is { } orderedNode && (_yaml.Bool(orderedNode, "'ordered'") ?? false);
        var scope = map.Get("scope") is { } scopeNode ? _yaml.Text(scopeNode, "'scope'") : "sentence";
        if (scope is not ("sentence" or "paragraph" or "message"))
        {
            Error(map.Get("scope")!, "CL0015", $"'scope' must be sentence, paragraph or message, not '{scope}'");
        }

        var spanNode = map.Get("span");
        var span = spanNode is null ? "all" : _yaml.Text(spanNode, "'span'");
        if (inUnless && spanNode is not null)
        {
            // An unless clause cancels or dampens a finding and makes none of its own, so it has no words to report.
            Error(spanNode, "CL0015", "'span' chooses a finding's words and has no effect in an 'unless' near clause; remove it");
        }
        else if (span is not ("all" or "first"))
        {
            Error(spanNode!, "CL0015", $"'span' must be all (the words of every set) or first (the first set's words), not '{span}'");
        }

        return new NearDef(sets.ToImmutable(), within, ordered, scope == "message", Ref(map), span == "first", scope == "paragraph");
    }

    private ImmutableArray<UnlessDef> ReadUnless(YamlNode? node)
    {
        if (node is null)
        {
            return [];
        }

        if (_yaml.Expect<YamlSequence>(node, "'unless'", "a list of phrases, lexicon references or { phrases | near, dampen } entries") is not { } list)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<UnlessDef>();
        foreach (var item in list.Items)
        {
            if (item is YamlScalar scalar)
            {
                if (_yaml.Text(scalar, "an 'unless' term") is { } text)
                {
                    result.Add(new UnlessDef(new TermSetDef([new TermItem(text, Ref(scalar))], Ref(scalar)), null, 0, false, Ref(scalar)));
                }

                continue;
            }

            if (_yaml.Expect<YamlMapping>(item, "an 'unless' entry", "a phrase, a lexicon reference or a mapping") is not { } map)
            {
                continue;
            }

            _yaml.CheckKeys(map, s_unlessKeys, "key", "'unless' entry");
            var phrases = map.Get("phrases") is { } p ? ReadTermSet(p, "'unless.phrases'") : null;
            NearDef? near = null;
            if (map.Get("near") is { } nearNode && _yaml.Expect<YamlMapping>(nearNode, "'unless.near'", "a mapping with 'terms' and 'within'") is { } nearMap)
            {
                near = ReadNear(nearMap, inUnless: true);
            }

            if ((phrases is null) == (near is null))
            {
                Error(map, "CL0018", "an 'unless' entry needs exactly one of 'phrases' or 'near'");
                continue;
            }

            var dampen = map.Get("dampen") is { } d ? _yaml.Number(d, "'dampen'", 0.0, 1.0) ?? 0 : 0;
            var scope = map.Get("scope") is { } scopeNode ? _yaml.Text(scopeNode, "'scope'") : "sentence";
            if (scope is not ("sentence" or "paragraph" or "message"))
            {
                Error(map.Get("scope")!, "CL0015", $"'scope' must be sentence, paragraph or message, not '{scope}'");
            }

            var within = -1;
            if (map.Get("within") is { } withinNode)
            {
                within = (int)(_yaml.Number(withinNode, "'within'", 0, 50) ?? -1);
                if (scope is "message" or "paragraph")
                {
                    Error(withinNode, "CL0015", $"'within' in an 'unless' entry counts words in the sentence and does not go with 'scope: {scope}': the phrases or the near clause's match count only within that many words of the match");
                    within = -1;
                }
            }

            // outside: the entry's words count only where they are not the finding's own ("Sorti du concert à 2 h ?" is not
            // spared by the "concert" it matched; a concert named elsewhere in the sentence still spares it).
            var outside = map.Get("outside") is { } outsideNode && (_yaml.Bool(outsideNode, "'outside'") ?? false);
            result.Add(new UnlessDef(phrases, near, dampen, scope == "message", Ref(map), within) { Outside = outside, ParagraphScope = scope == "paragraph" });
        }

        return result.ToImmutable();
    }

    private (ImmutableArray<ExampleDef> Bad, ImmutableArray<ExampleDef> Good) ReadExamples(YamlNode? node, RuleTarget target)
    {
        if (node is null)
        {
            return ([], []);
        }

        if (_yaml.Expect<YamlMapping>(node, "'examples'", "a mapping with 'bad' and 'good' lists") is not { } map)
        {
            return ([], []);
        }

        _yaml.CheckKeys(map, s_exampleKeys, "key", "'examples'");
        var defaultKind = target == RuleTarget.Rationale ? MessageKind.Rationale : MessageKind.Message;
        return (ReadExampleList(map.Get("bad"), "bad", defaultKind), ReadExampleList(map.Get("good"), "good", defaultKind));
    }

    private ImmutableArray<ExampleDef> ReadExampleList(YamlNode? node, string which, MessageKind defaultKind)
    {
        if (node is null || _yaml.Expect<YamlSequence>(node, $"'examples.{which}'", "a list of example texts") is not { } list)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<ExampleDef>();
        foreach (var item in list.Items)
        {
            if (item is YamlMapping m)
            {
                _yaml.CheckKeys(m, s_exampleItemKeys, "key", "example");
                var text = RequiredString(m, "text", "example");
                var kind = defaultKind;
                if (m.Get("kind") is { } kindNode && _yaml.Text(kindNode, "'kind'") is { } k)
                {
                    kind = k switch
                    {
                        "message" => MessageKind.Message,
                        "rationale" => MessageKind.Rationale,
                        _ => FailKind(kindNode, k),
                    };
                }

                if (text is not null)
                {
                    result.Add(new ExampleDef(text, kind, Ref(m)));
                }
            }
            else if (_yaml.Text(item, $"an 'examples.{which}' entry") is { } text)
            {
                result.Add(new ExampleDef(text, defaultKind, Ref(item)));
            }
        }

        return result.ToImmutable();
    }

    private MessageKind FailKind(YamlNode node, string value)
    {
        Error(node, "CL0015", $"'kind' must be message or rationale, not '{value}'");
        return MessageKind.Message;
    }

    private TermSetDef? ReadTermSet(YamlNode node, string what)
    {
        if (_yaml.Expect<YamlSequence>(node, what, "a list of phrases or @lexicon references") is not { } list)
        {
            return null;
        }

        if (list.Items.Count == 0)
        {
            Error(node, "CL0019", $"{what} is empty; list at least one phrase or remove the key");
            return null;
        }

        var items = ImmutableArray.CreateBuilder<TermItem>();
        foreach (var item in list.Items)
        {
            if (_yaml.Text(item, $"an entry of {what}") is { } text)
            {
                if (string.IsNullOrWhiteSpace(text))
                {
                    Error(item, "CL0019", $"{what} has an empty phrase");
                    continue;
                }

                items.Add(new TermItem(text.Trim(), Ref(item)));
            }
        }

        return new TermSetDef(items.ToImmutable(), Ref(node));
    }

    private ImmutableArray<PatternDef> ReadPatterns(YamlNode? node, string key)
    {
        if (node is null)
        {
            return [];
        }

        if (_yaml.Expect<YamlSequence>(node, $"'{key}'", "a list of patterns") is not { } list)
        {
            return [];
        }

        if (list.Items.Count == 0)
        {
            Error(node, "CL0019", $"'{key}' is empty; list at least one pattern or remove the key");
        }

        var result = ImmutableArray.CreateBuilder<PatternDef>();
        foreach (var item in list.Items)
        {
            if (_yaml.Text(item, $"an entry of '{key}'") is { } text && text.Length > 0)
            {
                result.Add(new PatternDef(text, Ref(item)));
            }
        }

        return result.ToImmutable();
    }

    private ImmutableArray<string> ReadStringList(YamlNode? node, string key)
    {
        return node is null ? [] : [.. _yaml.TextList(node, $"'{key}'")];
    }

    private string? RequiredString(YamlMapping map, string key, string what)
    {
        if (map.Get(key) is not { } node)
        {
            Error(map, "CL0012", $"{what} needs '{key}'");
            return null;
        }

        var text = _yaml.Text(node, $"'{key}'");
        if (text is not null && string.IsNullOrWhiteSpace(text))
        {
            Error(node, "CL0019", $"'{key}' of {what} is empty");
            return null;
        }

        return text?.Trim();
    }

    private RuleTarget Fail(YamlNode node, string message)
    {
        Error(node, "CL0015", message);
        return RuleTarget.Both;
    }

    private void Error(YamlNode node, string code, string message) => _yaml.Error(node, code, message);

    private SourceRef Ref(YamlNode node) => new(_file, node.Position);
}
