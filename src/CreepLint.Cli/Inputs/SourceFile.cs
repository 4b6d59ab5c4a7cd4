using Microsoft.Extensions.FileSystemGlobbing;
using CreepLint.Cli.Config;
using CreepLint.Configuration;
using CreepLint.Suppressions;
using CreepLint.Matching;

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

    /// <summary>The configuration's rule settings with those of every override matching the file on top.</summary>
    public RuleSettings Settings { get; set; } = RuleSettings.None;

    public Thresholds Thresholds { get; set; } = Thresholds.Default;

    /// <summary>The channel an override assigns to every message of the file.</summary>
    public string? Channel { get; set; }

    /// <summary>The engine for <see cref="Settings"/> and <see cref="Thresholds"/>, once a linting thread has asked for it.</summary>
    public CreepLintEngine? Engine { get; set; }

    /// <summary>The configuration's <c>personal-fields</c> globs, for catalog readers to collect values <c>--redact</c> masks.</summary>
    public IReadOnlyList<CreepLint.Matching.FieldGlob> PersonalFields { get; private init; } = [];

    /// <summary>The file at <paramref name="path"/> with the settings, thresholds and channel the configuration and its matching overrides give it.</summary>
    public static SourceFile Create(CreepLintConfig config, string path, string display)
    {
        var fingerprintPath = display;
        if (path != "-")
        {
            var relative = System.IO.Path.GetRelativePath(config.Root, path);
            if (!relative.StartsWith("..", StringComparison.Ordinal) && !System.IO.Path.IsPathRooted(relative))
            {
                fingerprintPath = relative.Replace('\\', '/');
            }
        }

        var file = new SourceFile(path, display, fingerprintPath)
        {
            Settings = config.Settings,
            Thresholds = config.Thresholds,
            PersonalFields = config.PersonalFields.Count == 0 ? [] : [.. config.PersonalFields.Select(g => new CreepLint.Matching.FieldGlob(g))],
        };
        foreach (var entry in config.Overrides)
        {
            if (path != "-" && entry.Files.Match(fingerprintPath).HasMatches)
            {
                file.Settings = file.Settings.Then(entry.Settings);
                file.Thresholds = entry.Thresholds ?? file.Thresholds;
                file.Channel = entry.Channel ?? file.Channel;
            }
        }

        return file;
    }
}
