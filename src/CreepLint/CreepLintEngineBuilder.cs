using System.Collections.Frozen;
using System.Reflection;
using CreepLint.Language;
using CreepLint.Matching;
using CreepLint.Model;
using CreepLint.Rules;
using CreepLint.Yaml;

namespace CreepLint;

/// <summary>Collects rule sources and options, then builds an immutable <see cref="CreepLintEngine"/>.</summary>
/// <remarks>
/// <para>A new builder starts from what <see cref="CreepLintEngine.Default"/> is: the embedded default rule pack, the
/// embedded model and <see cref="Thresholds.Default"/>. Every call adds to or changes that: <see cref="AddRulesFromDirectory"/>
/// adds rules beside the pack, <see cref="WithoutDefaultRules"/> and <see cref="WithoutModel"/> take parts away. So
/// <c>CreepLintEngine.CreateBuilder().Build()</c> lints exactly as <see cref="CreepLintEngine.Default"/> does.</para>
/// <para>Relative paths are resolved against <see cref="AppContext.BaseDirectory"/> (the app's or test project's output
/// folder), not the working directory, so a service started from <c>/</c> finds the same files as a test run.</para>
/// <para>Not thread-safe; build once and share the engine. Loading is all-or-nothing: <see cref="Build"/> throws
/// <see cref="RuleLoadException"/> listing every problem in every file, and never returns a partial rule set.</para>
/// </remarks>
public sealed class CreepLintEngineBuilder
{
    private const string ResourcePrefix = "CreepLint.Rules.";
    private const string LexiconResourcePrefix = ResourcePrefix + "lexicons";

    private readonly List<(string Name, Func<string> Read)> _sources = [];
    private readonly List<RuleDiagnostic> _sourceErrors = [];
    private RuleSettings _settings = RuleSettings.None;
    private readonly FieldClassification _fields = new();
    private readonly Dictionary<MessageChannel, Thresholds> _channels = [];
    private Thresholds _thresholds = Thresholds.Default;
    private readonly Dictionary<string, ICreepScorer> _scorers = new(StringComparer.Ordinal);
    private bool _defaultModel = true;
    private bool _defaultRules = true;
    private bool _defaultLexicons;
    private bool _allowNoRules;
    private bool _built;

    internal CreepLintEngineBuilder()
    {
    }

    /// <summary>How a path problem tells the caller where the path came from; the CLI names its options instead of the API.</summary>
    internal string? PathOrigin { get; set; }

    /// <summary>Keeps the default rule pack embedded in this assembly (no files on disk are read). A new builder has it
    /// already; calling this again, or after <see cref="WithoutDefaultRules"/>, turns it back on and never adds it twice.</summary>
    public CreepLintEngineBuilder AddDefaultRules()
    {
        ThrowIfBuilt();
        _defaultRules = true;
        return this;
    }

    /// <summary>Leaves the default rule pack out: only the rules added with <see cref="AddRulesFromDirectory"/>,
    /// <see cref="AddRulesFromFile"/> or <see cref="AddRules"/> are loaded.</summary>
    /// <remarks>Rules of your own that use the pack's lexicons (<c>@second-person</c>, <c>@health-conditions</c>) need
    /// <see cref="AddDefaultLexicons"/> as well.</remarks>
    public CreepLintEngineBuilder WithoutDefaultRules()
    {
        ThrowIfBuilt();
        _defaultRules = false;
        return this;
    }

    /// <summary>Adds only the default pack's lexicons (<c>rules/lexicons/</c>: word lists such as <c>@you-are</c>),
    /// not its rules, for a rule set of your own built <see cref="WithoutDefaultRules"/>. With the pack on it adds nothing.</summary>
    public CreepLintEngineBuilder AddDefaultLexicons()
    {
        ThrowIfBuilt();
        _defaultLexicons = true;
        return this;
    }

    /// <summary>Lets <see cref="Build"/> return an engine with no rules (it passes every message the model does not flag).
    /// Without this, an engine with no rules is an error: it is almost always a missing folder or a left-out pack.</summary>
    public CreepLintEngineBuilder AllowNoRules()
    {
        ThrowIfBuilt();
        _allowNoRules = true;
        return this;
    }

    /// <summary>Adds every <c>*.yaml</c> and <c>*.yml</c> file under a directory, recursively, in ordinal path order,
    /// beside the default pack (see <see cref="WithoutDefaultRules"/>).</summary>
    /// <param name="path">The directory; a relative path is resolved against <see cref="AppContext.BaseDirectory"/>.</param>
    public CreepLintEngineBuilder AddRulesFromDirectory(string path)
    {
        ThrowIfBuilt();
        ArgumentNullException.ThrowIfNull(path);
        var full = Resolve(path);
        if (!Directory.Exists(full))
        {
            _sourceErrors.Add(File.Exists(full)
                ? new RuleDiagnostic(path, 1, 1, "CL0043", $"this is a file, not a rule directory; load it with {(PathOrigin is null ? "AddRulesFromFile" : "AddRulesFromFile (--rules accepts both)")}")
                : new RuleDiagnostic(path, 1, 1, "CL0040", PathOrigin is { } origin
                    ? $"rule directory not found; check the path given to {origin}"
                    : $"rule directory not found: AddRulesFromDirectory(\"{path}\") looked in {full}{ResolvedNote(path)}"));
            return this;
        }

        try
        {
            var files = Directory.EnumerateFiles(full, "*.*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal);
            foreach (var file in files)
            {
                AddRulesFromFile(file);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            _sourceErrors.Add(new RuleDiagnostic(path, 1, 1, "CL0041", $"rule directory cannot be read: {ex.Message}"));
        }

        return this;
    }

    /// <summary>Adds one rule file, beside the default pack (see <see cref="WithoutDefaultRules"/>).</summary>
    /// <param name="path">The file; a relative path is resolved against <see cref="AppContext.BaseDirectory"/>.</param>
    public CreepLintEngineBuilder AddRulesFromFile(string path)
    {
        ThrowIfBuilt();
        ArgumentNullException.ThrowIfNull(path);
        var full = Resolve(path);
        _sources.Add((path, () => ReadFile(path, full, PathOrigin)));
        return this;
    }

    /// <summary>Adds rules from YAML text; <paramref name="sourceName"/> names it in diagnostics.</summary>
    public CreepLintEngineBuilder AddRules(string yaml, string sourceName = "inline")
    {
        ThrowIfBuilt();
        ArgumentNullException.ThrowIfNull(yaml);
        _sources.Add((sourceName, () => yaml));
        return this;
    }

    /// <summary>Switches off a rule by id (<c>CL1001</c>) or name, or every rule of a category by its id (<c>inferred-trait</c>).</summary>
    /// <remarks>A switched-off rule is never evaluated and is missing from <see cref="CreepLintEngine.Rules"/>. A name no
    /// loaded rule or category has makes <see cref="Build"/> fail, with the nearest name it knows.</remarks>
    public CreepLintEngineBuilder DisableRule(string idOrName)
    {
        ThrowIfBuilt();
        ArgumentException.ThrowIfNullOrWhiteSpace(idOrName);
        _settings = _settings.Disable(idOrName);
        return this;
    }

    /// <summary>Switches off every rule of a category.</summary>
    public CreepLintEngineBuilder DisableCategory(CreepCategory category)
    {
        ThrowIfBuilt();
        _settings = _settings.Disable(category.ToId());
        return this;
    }

    /// <summary>Changes the severity of a rule (by id or name), or of every rule of a category (by its id); a rule's own id or name wins over its category.</summary>
    public CreepLintEngineBuilder SetSeverity(string idOrName, Severity severity)
    {
        ThrowIfBuilt();
        ArgumentException.ThrowIfNullOrWhiteSpace(idOrName);
        _settings = _settings.SetSeverity(idOrName, severity);
        return this;
    }

    /// <summary>Changes the severity of every rule of a category; a per-rule severity wins.</summary>
    public CreepLintEngineBuilder SetSeverity(CreepCategory category, Severity severity)
    {
        ThrowIfBuilt();
        _settings = _settings.SetSeverity(category.ToId(), severity);
        return this;
    }

    /// <summary>Classifies template fields (placeholder names or globs such as <c>predicted_*</c>) by provenance.</summary>
    /// <remarks>Inferred and third-party fields produce <c>sensitive-field</c> errors, observed ones warnings; every
    /// classified field, declared and transactional ones included, is exempt from the default name-based field rules.</remarks>
    /// <param name="glob">A field name or glob (<c>*</c> any run of characters, <c>?</c> one); matched against the whole
    /// field path and each dotted suffix, case-insensitively.</param>
    /// <param name="provenance">Where the field's data comes from.</param>
    public CreepLintEngineBuilder ClassifyField(string glob, FieldProvenance provenance)
    {
        ThrowIfBuilt();
        ArgumentException.ThrowIfNullOrWhiteSpace(glob);
        if (!Enum.IsDefined(provenance))
        {
            throw new ArgumentOutOfRangeException(nameof(provenance), provenance, "Unknown field provenance.");
        }

        _fields.Add(glob.Trim(), provenance);
        return this;
    }

    /// <summary>Sets the score thresholds for verdicts.</summary>
    public CreepLintEngineBuilder WithThresholds(Thresholds thresholds)
    {
        ThrowIfBuilt();
        thresholds.Validate();
        _thresholds = thresholds;
        return this;
    }

    /// <summary>Other thresholds for messages on one channel (<see cref="LintRequest.Channel"/>): subject lines, SMS and
    /// push are read by others over the reader's shoulder, so teams hold them to lower scores.</summary>
    public CreepLintEngineBuilder WithChannelThresholds(MessageChannel channel, Thresholds thresholds)
    {
        ThrowIfBuilt();
        if (channel == MessageChannel.Unspecified || !Enum.IsDefined(channel))
        {
            throw new ArgumentOutOfRangeException(nameof(channel), channel, "Give a channel such as MessageChannel.Sms; unspecified messages use WithThresholds.");
        }

        thresholds.Validate();
        _channels[channel] = thresholds;
        return this;
    }

    /// <summary>Blends a learned scorer with the rules for the messages of its language (see docs/model.md): a
    /// <see cref="LinearCreepModel"/>'s own <see cref="LinearCreepModel.Language"/>, English for any other scorer. It replaces
    /// the scorer of that language set before; other languages keep theirs.</summary>
    public CreepLintEngineBuilder UseModel(ICreepScorer scorer)
    {
        ThrowIfBuilt();
        ArgumentNullException.ThrowIfNull(scorer);
        return UseModel(scorer, (scorer as LinearCreepModel)?.Language ?? LanguageTag.Default);
    }

    /// <summary>Blends a learned scorer with the rules for messages in <paramref name="language"/> only (<c>de</c>,
    /// <c>fr-CA</c> …); it replaces the scorer of that language set before.</summary>
    /// <exception cref="ArgumentException"><paramref name="language"/> is not a language code, or <paramref name="scorer"/> is a
    /// <see cref="LinearCreepModel"/> trained for another language: a model reads only the language it was trained on.</exception>
    public CreepLintEngineBuilder UseModel(ICreepScorer scorer, string language)
    {
        ThrowIfBuilt();
        ArgumentNullException.ThrowIfNull(scorer);
        ArgumentNullException.ThrowIfNull(language);
        var key = LanguageTag.Normalise(language) is { } k
            ? k
            : throw new ArgumentException($"'{language}' is not a language code such as 'de' or 'fr-CA'.", nameof(language));
        if (scorer is LinearCreepModel model && model.Language != key)
        {
            throw new ArgumentException($"This model was trained for '{model.Language}' messages and cannot score '{key}' ones; train one with 'creeplint train --language {key}'.", nameof(scorer));
        }

        _scorers[key] = scorer;
        return this;
    }

    /// <summary>Blends the models embedded in this assembly with the rules, each for its language (<see cref="LinearCreepModel.Default"/>
    /// for English; German, French and Spanish have their own): the default for a new builder. This undoes
    /// <see cref="WithoutModel"/> and every <see cref="UseModel(ICreepScorer)"/>.</summary>
    /// <remarks>The English model is read while <see cref="Build"/> compiles the rules, on another thread when it is not loaded yet;
    /// another language's on the first message in that language.</remarks>
    public CreepLintEngineBuilder UseDefaultModel()
    {
        ThrowIfBuilt();
        _scorers.Clear();
        _defaultModel = true;
        return this;
    }

    /// <summary>Rules only: no learned scorer for any language (until <see cref="UseModel(ICreepScorer)"/> adds one).</summary>
    public CreepLintEngineBuilder WithoutModel()
    {
        ThrowIfBuilt();
        _scorers.Clear();
        _defaultModel = false;
        return this;
    }

    /// <summary>Loads, validates and compiles every source into an immutable engine.</summary>
    /// <exception cref="RuleLoadException">Any source has a problem; every problem is listed.</exception>
    public CreepLintEngine Build()
    {
        ThrowIfBuilt();

        // Reading the embedded model costs as much as compiling the rules on a cold start: do both at once.
        var model = !_defaultModel || _scorers.ContainsKey(LanguageTag.Default) ? null
            : LinearCreepModel.IsDefaultLoaded ? Task.FromResult(LinearCreepModel.Default)
            : Task.Run(() => LinearCreepModel.Default);
        var diagnostics = new DiagnosticBag();
        foreach (var error in _sourceErrors)
        {
            diagnostics.Add(error.File, error.Line, error.Column, error.Code, error.Message);
        }

        var files = new List<RuleFileDef>();
        var assembly = typeof(CreepLintEngineBuilder).Assembly;
        var sources = new List<(string Name, Func<string> Read)>();

        // The default pack's other languages are compiled on their first message (see DeferredPack): read later.
        var deferred = new Dictionary<string, List<(string Name, Func<string> Read)>>(StringComparer.Ordinal);
        foreach (var resource in DefaultRuleResources(assembly))
        {
            var source = ($"rules/{resource[ResourcePrefix.Length..]}", (Func<string>)(() => ReadResource(assembly, resource)));
            if (_defaultRules && EmbeddedLanguage(resource) is { } language)
            {
                (deferred.TryGetValue(language, out var list) ? list : deferred[language] = []).Add(source);
            }
            else if (_defaultRules || (_defaultLexicons && resource.StartsWith(LexiconResourcePrefix, StringComparison.Ordinal)))
            {
                sources.Add(source);
            }
        }

        sources.AddRange(_sources);
        foreach (var (name, read) in sources)
        {
            string text;
            try
            {
                text = read();
            }
            catch (SourceException ex)
            {
                diagnostics.Add(name, ex.Line, ex.Column, ex.Code, ex.Message);
                continue;
            }

            files.Add(RuleFileReader.Read(text, name, diagnostics));
        }

        if (diagnostics.Count > 0)
        {
            throw new RuleLoadException(diagnostics.ToImmutable());
        }

        // A language the added files read too is compiled now, with the pack's files first as they were read.
        foreach (var language in files.Select(f => f.Language).Where(deferred.ContainsKey).Distinct().ToList())
        {
            files.InsertRange(0, deferred[language].Select(f => RuleFileReader.Read(f.Read(), f.Name, diagnostics)));
            deferred.Remove(language);
        }

        // One pack per language; the field classification's rules read placeholders, so every pack has them.
        var fieldRules = _fields.ToRuleFile();
        var lexiconHint = _defaultRules || _defaultLexicons ? null : (Func<string, string?>)PackLexiconHint;
        var packs = new List<PackSlot>();
        foreach (var group in files.GroupBy(f => f.Language).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            List<RuleFileDef> pack = [.. group];
            if (fieldRules is not null)
            {
                pack.Add(fieldRules);
            }

            var compiled = RuleSetCompiler.CompilePack(pack, diagnostics, _settings, group.Key, lexiconHint);
            packs.Add(PackSlot.Compiled(_fields.Count > 0 ? compiled with { Classification = _fields } : compiled));
        }

        foreach (var (language, list) in deferred)
        {
            packs.Add(DeferredPack(language, list, fieldRules, _fields.Count > 0 ? _fields : null, _settings));
        }

        if (packs.Count == 0)
        {
            packs.Add(PackSlot.Compiled(RuleSetCompiler.CompilePack(fieldRules is null ? [] : [fieldRules], diagnostics, _settings, LanguageTag.Default)));
        }

        packs.Sort((a, b) => string.CompareOrdinal(a.Language, b.Language));
        CheckAcrossPacks(packs, diagnostics);
        RuleSetCompiler.CheckSettings(packs.SelectMany(p => p.Defined), diagnostics, _settings, "CreepLintEngineBuilder (DisableRule or SetSeverity)");
        if (!packs.Exists(p => p.Enabled.Any()) && !_allowNoRules)
        {
            throw new InvalidOperationException(_defaultRules
                ? "No rules are enabled: DisableRule switched every loaded rule off. Enable some, or call AllowNoRules() if an engine that passes everything is intended."
                : "No rules are loaded: WithoutDefaultRules() left the default pack out and no rules were added. Add rules (AddRulesFromDirectory, AddRulesFromFile, AddRules), keep the default pack, or call AllowNoRules() if an engine that passes everything is intended.");
        }

        _built = true;
        model?.GetAwaiter().GetResult();
        var languages = new LanguagePacks(packs);
        return new CreepLintEngine(languages, _thresholds, LanguageModels.Of(_scorers, _defaultModel, languages.Languages), _channels.ToFrozenDictionary());
    }

    /// <summary>Rule ids and names are unique across packs, as within one: settings, suppressions and baselines name rules by them.</summary>
    private static void CheckAcrossPacks(List<PackSlot> packs, DiagnosticBag diagnostics)
    {
        var ids = new Dictionary<string, RuleEntry>(StringComparer.Ordinal);
        var names = new Dictionary<string, RuleEntry>(StringComparer.Ordinal);
        foreach (var rule in packs.SelectMany(p => p.Defined))
        {
            if (ids.TryGetValue(rule.Id, out var other) && !SameRule(rule, other))
            {
                diagnostics.Add(rule.Source, rule.Line, 1, "CL0031", $"duplicate rule id '{rule.Id}' (also at {other.Source}:{other.Line}, in the '{other.Language}' pack); rule ids must be unique across languages");
            }
            else if (names.TryGetValue(rule.Name, out other) && !SameRule(rule, other))
            {
                diagnostics.Add(rule.Source, rule.Line, 1, "CL0031", $"duplicate rule name '{rule.Name}' (also {other.Id} at {other.Source}:{other.Line}, in the '{other.Language}' pack); prefix it with the language, such as de-{rule.Name}");
            }

            ids.TryAdd(rule.Id, rule);
            names.TryAdd(rule.Name, rule);
        }

        static bool SameRule(RuleEntry a, RuleEntry b) => a.Source == b.Source && a.Line == b.Line && a.Id == b.Id;
    }

    /// <summary>
    /// The default pack's rules for another language than English, compiled on the first message in that language: an
    /// English run never reads or compiles them (about 50 ms of the 0.32 s a cold one-file lint took). Their ids, names and
    /// categories come from <see cref="RuleCatalog"/>, so settings and suppressions naming them are checked at once.
    /// </summary>
    private static PackSlot DeferredPack(string language, List<(string Name, Func<string> Read)> sources, RuleFileDef? fieldRules,
        FieldClassification? fields, RuleSettings settings)
    {
        var defined = new List<RuleEntry>();
        foreach (var (name, read) in sources)
        {
            defined.AddRange(RuleCatalog.Scan(read(), name, language));
        }

        if (fieldRules is not null)
        {
            defined.AddRange(fieldRules.Rules.Select(r => new RuleEntry(r.Id, r.Name, r.Category, r.Enabled, r.Source.File, r.Source.Position.Line, language)));
        }

        return PackSlot.Deferred(language, [.. defined.OrderBy(r => r.Id, StringComparer.Ordinal)], settings, () =>
        {
            var diagnostics = new DiagnosticBag();
            List<RuleFileDef> pack = [.. sources.Select(f => RuleFileReader.Read(f.Read(), f.Name, diagnostics))];
            if (fieldRules is not null)
            {
                pack.Add(fieldRules);
            }

            var compiled = RuleSetCompiler.CompilePack(pack, diagnostics, settings, language);
            if (diagnostics.Count > 0)
            {
                // Only a broken build of this assembly gets here: DeferredPackTests compile every shipped pack.
                throw new RuleLoadException(diagnostics.ToImmutable());
            }

            return fields is not null ? compiled with { Classification = fields } : compiled;
        });
    }

    /// <summary>The language of an embedded rule file in a language folder (<c>rules/de/…</c>), or null for the English files and the shared lexicons.</summary>
    internal static string? EmbeddedLanguage(string resource)
    {
        var path = resource.AsSpan(ResourcePrefix.Length);
        var slash = path.IndexOfAny('/', '\\');
        return slash > 0 && LanguageTag.Normalise(path[..slash].ToString()) is { } language && language != LanguageTag.Default ? language : null;
    }

    /// <summary>Resolves a path the way every builder method does: relative to <see cref="AppContext.BaseDirectory"/>.</summary>
    internal static string Resolve(string path) => Path.GetFullPath(path, AppContext.BaseDirectory);

    private static string ResolvedNote(string path) =>
        Path.IsPathFullyQualified(path)
            ? "; check the path"
            : $" (relative paths are resolved against AppContext.BaseDirectory, the app's output folder); check the path, or copy the folder to the output with <None Include=\"{path}/**\" CopyToOutputDirectory=\"PreserveNewest\" /> in the project file";

    /// <summary>For a lexicon no loaded file defines: where the default pack has it, and how to load its lexicons without its rules.</summary>
    private static string? PackLexiconHint(string name)
    {
        var assembly = typeof(CreepLintEngineBuilder).Assembly;
        foreach (var resource in DefaultRuleResources(assembly).Where(r => r.StartsWith(LexiconResourcePrefix, StringComparison.Ordinal)))
        {
            var file = RuleFileReader.Read(ReadResource(assembly, resource), resource, new DiagnosticBag());
            if (file.Lexicons.Any(l => l.Name == name))
            {
                return $"it is a lexicon of the default pack (rules/{resource[ResourcePrefix.Length..]}), which WithoutDefaultRules() left out; call AddDefaultLexicons() to load the pack's lexicons without its rules, or define it under 'lexicons:' in a rule file";
            }
        }

        return null;
    }

    internal static IEnumerable<string> DefaultRuleResources(Assembly assembly) =>
        assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string ReadFile(string path, string full, string? origin)
    {
        try
        {
            if (Directory.Exists(full))
            {
                throw new SourceException("CL0043", $"this is a directory, not a rule file; load it with {(origin is null ? "AddRulesFromDirectory" : "AddRulesFromDirectory (--rules accepts both)")}");
            }

            var info = new FileInfo(full);
            if (!info.Exists)
            {
                throw new SourceException("CL0040", origin is null ? $"rule file not found: AddRulesFromFile(\"{path}\") looked in {full}{ResolvedNote(path)}" : "rule file not found; check the path");
            }

            if (info.Length > Limits.MaxRuleFileBytes)
            {
                throw new SourceException("CL0042", $"rule file is {info.Length:N0} bytes; the limit is {Limits.MaxRuleFileBytes:N0} (split it into several files)");
            }

            var diagnostics = new DiagnosticBag();
            return RuleText.Decode(File.ReadAllBytes(full), path, diagnostics)
                ?? throw new SourceException(diagnostics.ToImmutable()[0]);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SourceException("CL0041", $"rule file cannot be read: {ex.Message}");
        }
    }

    private void ThrowIfBuilt()
    {
        if (_built)
        {
            throw new InvalidOperationException("This builder has already built an engine; create a new builder with CreepLintEngine.CreateBuilder().");
        }
    }

    private sealed class SourceException(string code, string message, int line = 1, int column = 1) : Exception(message)
    {
        public SourceException(RuleDiagnostic at)
            : this(at.Code, at.Message, at.Line, at.Column)
        {
        }

        public string Code { get; } = code;

        public int Line { get; } = line;

        public int Column { get; } = column;
    }
}
