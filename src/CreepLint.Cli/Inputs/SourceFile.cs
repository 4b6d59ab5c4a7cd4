using CreepLint.Cli.Config;
using CreepLint.Cli.Suppressions;

namespace CreepLint.Cli.Inputs;

/// <summary>One input file: how reports name it, its inline suppressions and the settings that apply to it.</summary>
internal sealed class SourceFile(string path, string displayPath, string fingerprintPath)
{
    /// <summary>The path to open ("-" for standard input).</summary>
    public string Path { get; } = path;

    /// <summary>The path reports show: relative to the working directory when inside it, with '/' separators.</summary>
    public string DisplayPath { get; } = displayPath;

    /// <summary>The path used in fingerprints: relative to the configuration root, so baselines survive checkouts elsewhere.</summary>
    public string FingerprintPath { get; } = fingerprintPath;

    public List<Directive> Directives { get; } = [];

    public RuleAdjustments Adjustments { get; set; } = new();

    public Thresholds Thresholds { get; set; } = Thresholds.Default;

    /// <summary>The channel an override assigns to every message of the file.</summary>
    public string? Channel { get; set; }
}
