using CreepLint.Matching;

namespace CreepLint.Configuration;

/// <summary>
/// The effective configuration: defaults, then <c>.creeplint.yaml</c>, then (in the CLI) command-line options. The library
/// owns the file format and the engine settings (<see cref="ConfiguredEngine"/>); keys only the CLI acts on (include,
/// formats, csv, baseline, overrides ...) are read and checked here too, so a file is valid or not the same way everywhere.
/// </summary>
internal sealed class CreepLintConfig
{
    /// <summary>The file this came from, or null when no configuration file was found.</summary>
    public string? File { get; set; }

    /// <summary>The directory globs and relative paths are resolved against (the config file's directory, else the working directory).</summary>
    public required string Root { get; set; }

    public List<string> Include { get; } = [];

    public List<string> Exclude { get; } = [];

    /// <summary>Globs over catalog message keys (<c>customer</c>, <c>sample.*</c>) whose values are personal data: <c>--redact</c> masks them.</summary>
    public List<string> PersonalFields { get; } = [];

    /// <summary>Whether the CLI's directory walks leave repository docs out; 'default-excludes: false' or --no-default-excludes reads them.</summary>
    public bool DefaultExcludes { get; set; } = true;

    /// <summary>'formats:' entries: an extension (<c>.pug</c>) or glob mapped to how such files are read; later entries win.</summary>
    public List<FormatMapping> Formats { get; } = [];

    /// <summary>The directory report paths are relative to: --path-base, else the configuration root when a file was found, else the working directory.</summary>
    public string? PathBase { get; set; }

    /// <summary>Extra rule directories, as absolute paths.</summary>
    public List<string> RuleDirectories { get; } = [];

    public bool DefaultRules { get; set; } = true;

    /// <summary>Rules switched off or re-levelled by 'disable' and 'severity'; applied to every file before its overrides.</summary>
    public RuleSettings Settings { get; set; } = RuleSettings.None;

    public Thresholds Thresholds { get; set; } = Thresholds.Default;

    /// <summary>Stricter thresholds for channels seen by others (subject, preheader, sms, push).</summary>
    public Dictionary<string, Thresholds> Channels { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the learned model is blended with the rules (on by default, as in <see cref="CreepLintEngine.Default"/>).</summary>
    public bool Model { get; set; } = true;

    /// <summary>A model file from --model; null means the built-in model.</summary>
    public string? ModelFile { get; set; }

    public List<(string Glob, FieldProvenance Provenance)> Fields { get; } = [];

    public Verdict FailOn { get; set; } = Verdict.Fail;

    /// <summary>'language:': the language every message without its own <c>lang</c> is linted as; null (<c>auto</c>) identifies each message's.</summary>
    public string? Language { get; set; }

    /// <summary>Whether a message in a language without a rule pack fails the run ('fail-on-unsupported-language: true' or the option).</summary>
    public bool FailOnUnsupportedLanguage { get; set; }

    public int? MaxScore { get; set; }

    /// <summary>The baseline file (absolute), if configured.</summary>
    public string? Baseline { get; set; }

    public string? TextColumn { get; set; }

    public string? IdColumn { get; set; }

    public List<PathOverride> Overrides { get; } = [];

    /// <summary>Every rule reference, validated against the loaded rules.</summary>
    public List<RuleReference> RuleReferences { get; } = [];

    /// <summary>Where each key was set, for <c>config --print</c>.</summary>
    public Dictionary<string, string> Origins { get; } = [];
}

/// <summary>One 'formats:' entry: files with this extension (<c>.pug</c>) or matching this glob are read as the format named <paramref name="FormatName"/> (one of <see cref="ConfigReader.FormatNames"/>).</summary>
internal sealed record FormatMapping(string Key, string FormatName, bool IsExtension);

/// <summary>Settings that apply to files matching some globs (later overrides win).</summary>
internal sealed class PathOverride
{
    public required IReadOnlyList<string> Globs { get; init; }

    public RuleSettings Settings { get; set; } = RuleSettings.None;

    public Thresholds? Thresholds { get; set; }

    public string? Channel { get; set; }
}

/// <summary>A rule id, name or category named in the configuration, checked once the rules are loaded.</summary>
internal readonly record struct RuleReference(string Value, string File, int Line, int Column);
