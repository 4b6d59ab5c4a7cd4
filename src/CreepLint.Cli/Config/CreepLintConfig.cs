using CreepLint.Matching;

namespace CreepLint.Cli.Config;

/// <summary>The effective configuration: defaults, then <c>.creeplint.yaml</c>, then command-line options.</summary>
internal sealed class CreepLintConfig
{
    /// <summary>The file this came from, or null when no configuration file was found.</summary>
    public string? File { get; set; }

    /// <summary>The directory globs and relative paths are resolved against (the config file's directory, else the working directory).</summary>
    public required string Root { get; set; }

    public List<string> Include { get; } = [];

    public List<string> Exclude { get; } = [];

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

/// <summary>Settings that apply to files matching some globs (later overrides win).</summary>
internal sealed class PathOverride
{
    public required Microsoft.Extensions.FileSystemGlobbing.Matcher Files { get; init; }

    public required IReadOnlyList<string> Globs { get; init; }

    public RuleSettings Settings { get; set; } = RuleSettings.None;

    public Thresholds? Thresholds { get; set; }

    public string? Channel { get; set; }
}

/// <summary>A rule id, name or category named in the configuration, checked once the rules are loaded.</summary>
internal readonly record struct RuleReference(string Value, string File, int Line, int Column);
