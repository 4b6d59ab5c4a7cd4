using System.Reflection;
using CreepLint.Language;
using CreepLint.Matching;
using CreepLint.Model;
using CreepLint.Rules;
using CreepLint.Yaml;

namespace CreepLint;

/// <summary>Collects rule sources and options, then builds an immutable <see cref="CreepLintEngine"/>.</summary>
/// <remarks>Not thread-safe; build once and share the engine. Loading is all-or-nothing: <see cref="Build"/> throws
/// <see cref="RuleLoadException"/> listing every problem in every file, and never returns a partial rule set.</remarks>
public sealed class CreepLintEngineBuilder
{
    private const string ResourcePrefix = "CreepLint.Rules.";

    private readonly List<(string Name, Func<string> Read)> _sources = [];
    private readonly List<RuleDiagnostic> _sourceErrors = [];
    private RuleSettings _settings = RuleSettings.None;
    private readonly FieldClassification _fields = new();
    private Thresholds _thresholds = Thresholds.Default;
    private ICreepScorer? _scorer;
    private bool _defaultModel;
    private bool _built;

    internal CreepLintEngineBuilder()
    {
    }

    /// <summary>Adds the default rule pack embedded in this assembly (no files on disk are read).</summary>
    public CreepLintEngineBuilder AddDefaultRules()
    {
        ThrowIfBuilt();
        var assembly = typeof(CreepLintEngineBuilder).Assembly;
        foreach (var name in DefaultRuleResources(assembly))
        {
            _sources.Add(($"rules/{name[ResourcePrefix.Length..]}", () => ReadResource(assembly, name)));
        }

        return this;
    }

    /// <summary>Adds every <c>*.yaml</c> and <c>*.yml</c> file under a directory, recursively, in ordinal path order.</summary>
    public CreepLintEngineBuilder AddRulesFromDirectory(string path)
    {
        ThrowIfBuilt();
        ArgumentNullException.ThrowIfNull(path);
        if (!Directory.Exists(path))
        {
            _sourceErrors.Add(File.Exists(path)
                ? new RuleDiagnostic(path, 1, 1, "CL0043", "this is a file, not a rule directory; load it with AddRulesFromFile (--rules accepts both)")
                : new RuleDiagnostic(path, 1, 1, "CL0040", "rule directory not found; check the path given to --rules or 'rules:' in the configuration"));
            return this;
        }

        try
        {
            var files = Directory.EnumerateFiles(path, "*.*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal);
            foreach (var file in files)
            {
                AddRulesFromFile(file);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _sourceErrors.Add(new RuleDiagnostic(path, 1, 1, "CL0041", $"rule directory cannot be read: {ex.Message}"));
        }

        return this;
    }

    /// <summary>Adds one rule file.</summary>
    public CreepLintEngineBuilder AddRulesFromFile(string path)
    {
        ThrowIfBuilt();
        ArgumentNullException.ThrowIfNull(path);
        _sources.Add((path, () => ReadFile(path)));
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
    /// <remarks>A switched-off rule is never evaluated and is missing from <see cref="CreepLintEngine.Rules"/>.</remarks>
    public CreepLintEngineBuilder DisableRule(string idOrName)
    {
        ThrowIfBuilt();
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

    /// <summary>Blends a learned scorer with the rules (see docs/model.md); replaces any scorer set before.</summary>
    public CreepLintEngineBuilder UseModel(ICreepScorer scorer)
    {
        ThrowIfBuilt();
        ArgumentNullException.ThrowIfNull(scorer);
        _scorer = scorer;
        _defaultModel = false;
        return this;
    }

    /// <summary>Blends the model embedded in this assembly (<see cref="LinearCreepModel.Default"/>) with the rules.</summary>
    /// <remarks>The model is read while <see cref="Build"/> compiles the rules, on another thread when it is not loaded yet.</remarks>
    public CreepLintEngineBuilder UseDefaultModel()
    {
        ThrowIfBuilt();
        _scorer = null;
        _defaultModel = true;
        return this;
    }

    /// <summary>Rules only: no learned scorer (the default for a new builder).</summary>
    public CreepLintEngineBuilder WithoutModel()
    {
        ThrowIfBuilt();
        _scorer = null;
        _defaultModel = false;
        return this;
    }

    /// <summary>Loads, validates and compiles every source into an immutable engine.</summary>
    /// <exception cref="RuleLoadException">Any source has a problem; every problem is listed.</exception>
    public CreepLintEngine Build()
    {
        ThrowIfBuilt();

        // Reading the embedded model costs as much as compiling the rules on a cold start: do both at once.
        var model = !_defaultModel ? null
            : LinearCreepModel.IsDefaultLoaded ? Task.FromResult(LinearCreepModel.Default)
            : Task.Run(() => LinearCreepModel.Default);
        var diagnostics = new DiagnosticBag();
        foreach (var error in _sourceErrors)
        {
            diagnostics.Add(error.File, error.Line, error.Column, error.Code, error.Message);
        }

        var files = new List<RuleFileDef>();
        foreach (var (name, read) in _sources)
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

        // One pack per language; the field classification's rules read placeholders, so every pack has them.
        var fieldRules = _fields.ToRuleFile();
        var packs = new List<CompiledRuleSet>();
        foreach (var group in files.GroupBy(f => f.Language).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            List<RuleFileDef> pack = [.. group];
            if (fieldRules is not null)
            {
                pack.Add(fieldRules);
            }

            var compiled = RuleSetCompiler.Compile(pack, diagnostics, _settings, group.Key);
            packs.Add(_fields.Count > 0 ? compiled with { Classification = _fields } : compiled);
        }

        if (packs.Count == 0)
        {
            packs.Add(RuleSetCompiler.Compile(fieldRules is null ? [] : [fieldRules], diagnostics, _settings, LanguageTag.Default));
        }

        CheckAcrossPacks(packs, diagnostics);
        RuleSetCompiler.CheckSettings(packs, diagnostics, _settings);
        _built = true;
        return new CreepLintEngine(new LanguagePacks(packs), _thresholds, model is null ? _scorer : model.GetAwaiter().GetResult());
    }

    /// <summary>Rule ids and names are unique across packs, as within one: settings, suppressions and baselines name rules by them.</summary>
    private static void CheckAcrossPacks(List<CompiledRuleSet> packs, DiagnosticBag diagnostics)
    {
        var ids = new Dictionary<string, RuleInfo>(StringComparer.Ordinal);
        var names = new Dictionary<string, RuleInfo>(StringComparer.Ordinal);
        foreach (var rule in packs.SelectMany(p => p.Defined).Select(r => r.Info))
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

        static bool SameRule(RuleInfo a, RuleInfo b) => a.Source == b.Source && a.Line == b.Line && a.Id == b.Id;
    }

    internal static IEnumerable<string> DefaultRuleResources(Assembly assembly) =>
        assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string ReadFile(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                throw new SourceException("CL0043", "this is a directory, not a rule file; load it with AddRulesFromDirectory (--rules accepts both)");
            }

            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new SourceException("CL0040", "rule file not found; check the path");
            }

            if (info.Length > Limits.MaxRuleFileBytes)
            {
                throw new SourceException("CL0042", $"rule file is {info.Length:N0} bytes; the limit is {Limits.MaxRuleFileBytes:N0} (split it into several files)");
            }

            var diagnostics = new DiagnosticBag();
            return RuleText.Decode(File.ReadAllBytes(path), path, diagnostics)
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
