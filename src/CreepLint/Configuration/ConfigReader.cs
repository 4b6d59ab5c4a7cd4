using System.Collections.Immutable;
using System.Globalization;
using CreepLint.Language;
using CreepLint.Matching;
using CreepLint.Rules;
using CreepLint.Yaml;

namespace CreepLint.Configuration;

/// <summary>Reads <c>.creeplint.yaml</c> with the library's positioned YAML reader; every problem names file:line:column.</summary>
internal sealed class ConfigReader
{
    public static readonly string[] TopKeys =
        ["include", "exclude", "default-excludes", "formats", "rules", "default-rules", "disable", "severity", "thresholds", "channels", "model", "fields", "fail-on", "max-score", "baseline", "csv", "overrides", "personal-fields"];

    public static readonly string[] Channels = MessageChannels.Ids;

    /// <summary>The names 'formats:' may map files to; the CLI reads each (CreepLint.Cli's InputFormats.Names, held equal by a test).</summary>
    public static readonly string[] FormatNames =
    [
        "text", "markdown", "html", "mjml", "liquid", "handlebars", "jinja", "nunjucks", "twig", "mustache", "erb", "razor", "go", "pug",
        "jsonl", "catalog", "csv", "android-strings", "apple-strings", "stringsdict", "gettext", "resx", "i18next", "arb", "skip",
    ];

    private static readonly string[] s_thresholdKeys = ["warn", "fail"];
    private static readonly string[] s_csvKeys = ["text-column", "id-column"];
    private static readonly string[] s_overrideKeys = ["files", "disable", "severity", "thresholds", "channel"];
    private static readonly string[] s_severities = ["info", "warning", "error"];
    private static readonly string[] s_provenances = ["declared", "transactional", "observed", "inferred", "third-party"];

    /// <summary>The codes configuration files report YAML value problems under.</summary>
    private static readonly YamlCodes s_codes = new(UnknownKey: "CL0103", WrongType: "CL0104", OutOfRange: "CL0104");

    private readonly string _file;
    private readonly DiagnosticBag _diagnostics = new();
    private readonly CreepLintConfig _config;
    private readonly YamlValues _yaml;

    private ConfigReader(string file, CreepLintConfig config)
    {
        _file = file;
        _config = config;
        _yaml = new YamlValues(file, _diagnostics, s_codes);
    }

    /// <summary>Reads a configuration file.</summary>
    /// <exception cref="ConfigurationLoadException">The file cannot be read or has problems (all of them are listed).</exception>
    public static CreepLintConfig Read(string path, string? displayName = null)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw ConfigurationLoadException.Single(displayName ?? path, 1, 1, "CL0101", $"the configuration cannot be read: {ex.Message}");
        }

        return Parse(text, path, displayName);
    }

    public static CreepLintConfig Parse(string text, string path, string? displayName = null)
    {
        var config = new CreepLintConfig { File = path, Root = Path.GetDirectoryName(Path.GetFullPath(path))! };
        var reader = new ConfigReader(displayName ?? path, config);
        var root = YamlReader.Read(text, displayName ?? path, reader._diagnostics);
        if (reader._diagnostics.Count == 0)
        {
            reader.ReadRoot(root);
        }

        if (reader._diagnostics.Count > 0)
        {
            throw new ConfigurationLoadException(reader._diagnostics.ToImmutable());
        }

        return config;
    }

    private void ReadRoot(YamlNode? root)
    {
        if (root is null || root is YamlScalar { IsNull: true })
        {
            return;
        }

        if (root is not YamlMapping map)
        {
            Error(root, "CL0102", $"the configuration must be a mapping of settings, not {root.KindName}; run 'creeplint init' for a starter file");
            return;
        }

        _yaml.CheckKeys(map, TopKeys, "setting");
        foreach (var (key, value) in map.Entries)
        {
            _config.Origins[key.Value] = $"{_file}:{key.Position.Line}";
            switch (key.Value)
            {
                case "include":
                    _config.Include.AddRange(_yaml.TextList(value, "'include'", allowSingle: true));
                    break;
                case "exclude":
                    _config.Exclude.AddRange(_yaml.TextList(value, "'exclude'", allowSingle: true));
                    break;
                case "personal-fields":
                    _config.PersonalFields.AddRange(_yaml.TextList(value, "'personal-fields'", allowSingle: true));
                    break;
                case "default-excludes":
                    _config.DefaultExcludes = _yaml.Bool(value, "'default-excludes'") ?? true;
                    break;
                case "formats":
                    ReadFormats(value);
                    break;
                case "rules":
                    foreach (var dir in _yaml.TextList(value, "'rules'", allowSingle: true))
                    {
                        _config.RuleDirectories.Add(Path.GetFullPath(dir, _config.Root));
                    }

                    break;
                case "default-rules":
                    _config.DefaultRules = _yaml.Bool(value, "'default-rules'") ?? true;
                    break;
                case "model":
                    _config.Model = _yaml.Bool(value, "'model'") ?? true;
                    break;
                case "disable":
                case "severity":
                    break; // Read together below so one RuleSettings holds both.
                case "thresholds":
                    _config.Thresholds = ReadThresholds(value, "thresholds") ?? _config.Thresholds;
                    break;
                case "channels":
                    ReadChannels(value);
                    break;
                case "fields":
                    ReadFields(value);
                    break;
                case "fail-on":
                    if (_yaml.Text(value, "'fail-on'") is { } failOn)
                    {
                        _config.FailOn = failOn switch
                        {
                            "warn" => Verdict.Warn,
                            "fail" => Verdict.Fail,
                            _ => Invalid(value, $"'fail-on' must be warn or fail, not '{failOn}'{Spelling.DidYouMean(failOn, ["warn", "fail"])}", Verdict.Fail),
                        };
                    }

                    break;
                case "language":
                    if (_yaml.Text(value, "'language'") is { } language)
                    {
                        var parsed = ItemLanguage.Parse(language);
                        _config.Language = parsed is null ? Invalid<string?>(value, ItemLanguage.Problem($"'language' ('{language}')"), null) : parsed.Length == 0 ? null : parsed;
                    }

                    break;
                case "fail-on-unsupported-language":
                    _config.FailOnUnsupportedLanguage = _yaml.Bool(value, "'fail-on-unsupported-language'") ?? false;
                    break;
                case "max-score":
                    _config.MaxScore = Int(value, "max-score", 0, 100);
                    break;
                case "baseline":
                    if (_yaml.Text(value, "'baseline'") is { } baseline)
                    {
                        _config.Baseline = Path.GetFullPath(baseline, _config.Root);
                    }

                    break;
                case "csv":
                    ReadCsv(value);
                    break;
                case "overrides":
                    ReadOverrides(value);
                    break;
            }
        }

        _config.Settings = ReadSettings(map);
    }

    private RuleSettings ReadSettings(YamlMapping map)
    {
        var disabled = ImmutableHashSet.CreateBuilder<string>(StringComparer.OrdinalIgnoreCase);
        var severities = ImmutableDictionary.CreateBuilder<string, Severity>(StringComparer.OrdinalIgnoreCase);
        if (map.Get("disable") is { } disableNode && _yaml.Expect<YamlSequence>(disableNode, "'disable'", "a list of rule ids, rule names or categories") is { } list)
        {
            foreach (var item in list.Items)
            {
                if (_yaml.Text(item, "a 'disable' entry") is { } id)
                {
                    disabled.Add(id);
                    _config.RuleReferences.Add(new RuleReference(id, _file, item.Position.Line, item.Position.Column));
                }
            }
        }

        if (map.Get("severity") is { } sevNode && _yaml.Expect<YamlMapping>(sevNode, "'severity'", "a mapping of rule id, name or category to info, warning or error") is { } sevMap)
        {
            foreach (var (key, value) in sevMap.Entries)
            {
                _config.RuleReferences.Add(new RuleReference(key.Value, _file, key.Position.Line, key.Position.Column));
                if (_yaml.Text(value, $"the severity of '{key.Value}'") is { } text)
                {
                    if (Array.IndexOf(s_severities, text) >= 0)
                    {
                        severities[key.Value] = Enum.Parse<Severity>(text, ignoreCase: true);
                    }
                    else
                    {
                        Error(value, "CL0104", $"unknown severity '{text}'{Spelling.DidYouMean(text, s_severities)}; use info, warning or error");
                    }
                }
            }
        }

        return new RuleSettings { Disabled = disabled.ToImmutable(), Severities = severities.ToImmutable() };
    }

    private Thresholds? ReadThresholds(YamlNode node, string what)
    {
        if (_yaml.Expect<YamlMapping>(node, $"'{what}'", "a mapping with 'warn' and 'fail' scores") is not { } map)
        {
            return null;
        }

        _yaml.CheckKeys(map, s_thresholdKeys, $"key of '{what}'");
        var warn = map.Get("warn") is { } w ? Int(w, $"{what}.warn", 1, 100) : Thresholds.Default.WarnAt;
        var fail = map.Get("fail") is { } f ? Int(f, $"{what}.fail", 1, 100) : Thresholds.Default.FailAt;
        if (warn is null || fail is null)
        {
            return null;
        }

        if (warn > fail)
        {
            Error(map, "CL0105", $"'{what}': warn ({warn}) must not be above fail ({fail})");
            return null;
        }

        return new Thresholds(warn.Value, fail.Value);
    }

    private void ReadChannels(YamlNode node)
    {
        if (_yaml.Expect<YamlMapping>(node, "'channels'", "a mapping of channel (subject, preheader, body, sms, push, rationale) to thresholds") is not { } map)
        {
            return;
        }

        _yaml.CheckKeys(map, Channels, "channel");
        foreach (var (key, value) in map.Entries)
        {
            if (Array.IndexOf(Channels, key.Value) >= 0 && ReadThresholds(value, $"channels.{key.Value}") is { } t)
            {
                _config.Channels[key.Value] = t;
            }
        }
    }

    private void ReadFields(YamlNode node)
    {
        if (_yaml.Expect<YamlMapping>(node, "'fields'", "a mapping of field names or globs to declared, transactional, observed, inferred or third-party") is not { } map)
        {
            return;
        }

        foreach (var (key, value) in map.Entries)
        {
            if (string.IsNullOrWhiteSpace(key.Value))
            {
                Error(key, "CL0106", "a field name or glob must not be empty");
                continue;
            }

            if (_yaml.Text(value, $"the provenance of '{key.Value}'") is not { } text)
            {
                continue;
            }

            FieldProvenance? provenance = text switch
            {
                "declared" => FieldProvenance.Declared,
                "transactional" => FieldProvenance.Transactional,
                "observed" => FieldProvenance.Observed,
                "inferred" => FieldProvenance.Inferred,
                "third-party" => FieldProvenance.ThirdParty,
                _ => null,
            };
            if (provenance is null)
            {
                Error(value, "CL0106", $"unknown provenance '{text}'{Spelling.DidYouMean(text, s_provenances)}; use {string.Join(", ", s_provenances)}");
                continue;
            }

            _config.Fields.Add((key.Value, provenance.Value));
        }
    }

    private void ReadFormats(YamlNode node)
    {
        if (_yaml.Expect<YamlMapping>(node, "'formats'", "a mapping of extension (.pug) or glob (locales/**/*.json) to a format name") is not { } map)
        {
            return;
        }

        foreach (var (key, value) in map.Entries)
        {
            var pattern = key.Value.Trim();
            var isExtension = pattern.StartsWith('.') && pattern.IndexOfAny(['/', '*', '?']) < 0;
            if (pattern.Length < 2 || (!isExtension && pattern.IndexOfAny(['/', '*', '?']) < 0))
            {
                Error(key, "CL0115", $"'{key.Value}' is neither an extension such as '.pug' nor a glob such as 'locales/**/*.json'");
                continue;
            }

            if (_yaml.Text(value, $"the format of '{key.Value}'") is not { } name)
            {
                continue;
            }

            if (!FormatNames.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                var names = FormatNames.Order(StringComparer.Ordinal).ToArray();
                var suggestion = Spelling.DidYouMean(name, names);
                Error(value, "CL0115", $"unknown format '{name}'{(suggestion.Length > 0 ? suggestion : $"; use one of {string.Join(", ", names)}")}");
                continue;
            }

            _config.Formats.Add(new FormatMapping(pattern, name, isExtension));
        }
    }

    private void ReadCsv(YamlNode node)
    {
        if (_yaml.Expect<YamlMapping>(node, "'csv'", "a mapping with 'text-column' and 'id-column'") is not { } map)
        {
            return;
        }

        _yaml.CheckKeys(map, s_csvKeys, "key of 'csv'");
        _config.TextColumn = map.Get("text-column") is { } t ? _yaml.Text(t, "'csv.text-column'") : null;
        _config.IdColumn = map.Get("id-column") is { } i ? _yaml.Text(i, "'csv.id-column'") : null;
    }

    private void ReadOverrides(YamlNode node)
    {
        if (_yaml.Expect<YamlSequence>(node, "'overrides'", "a list of { files, disable, severity, thresholds, channel } entries") is not { } list)
        {
            return;
        }

        foreach (var item in list.Items)
        {
            if (_yaml.Expect<YamlMapping>(item, "an 'overrides' entry", "a mapping with 'files' and the settings to change") is not { } map)
            {
                continue;
            }

            _yaml.CheckKeys(map, s_overrideKeys, "key of an override");
            if (map.Get("files") is not { } filesNode)
            {
                Error(map, "CL0107", "an override needs 'files': a list of globs it applies to, such as ['sms/**']");
                continue;
            }

            var globs = _yaml.TextList(filesNode, "'files'", allowSingle: true);
            var entry = new PathOverride { Globs = globs, Settings = ReadSettings(map) };
            if (map.Get("thresholds") is { } t)
            {
                entry.Thresholds = ReadThresholds(t, "overrides.thresholds");
            }

            if (map.Get("channel") is { } c && _yaml.Text(c, "'channel'") is { } channel)
            {
                if (Array.IndexOf(Channels, channel) < 0)
                {
                    Error(c, "CL0108", $"unknown channel '{channel}'{Spelling.DidYouMean(channel, Channels)}; use {string.Join(", ", Channels)}");
                }

                entry.Channel = channel;
            }

            _config.Overrides.Add(entry);
        }
    }

    private int? Int(YamlNode node, string what, int min, int max) => (int?)_yaml.Number(node, $"'{what}'", min, max, whole: true);

    private T Invalid<T>(YamlNode node, string message, T fallback)
    {
        Error(node, "CL0104", message);
        return fallback;
    }

    private void Error(YamlNode node, string code, string message) => _yaml.Error(node, code, message);
}
