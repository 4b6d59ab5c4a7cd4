using System.Collections.Frozen;
using System.Collections.Immutable;
using CreepLint.Cli.Baselines;
using CreepLint.Cli.Commands;
using CreepLint.Configuration;
using CreepLint.Cli.Pipeline;
using CreepLint.Suppressions;

namespace CreepLint.Cli.Lsp;

/// <summary>
/// One configuration as <c>creeplint lint</c> loads it (<see cref="RunSetup.Discover"/>, <see cref="RunSetup.BuildEngines"/>,
/// the configured baseline): compiled once and shared by every open file it governs, until its configuration or baseline
/// changes on disk. A configuration that cannot be loaded is kept as its problems, so no file it governs is linted with
/// other settings (fail closed).
/// </summary>
internal sealed class LintProject
{
    private readonly Baseline? _baseline;

    private LintProject(string? configFile, string workingDirectory, DateTime configStamp, DateTime baselineStamp)
    {
        ConfigFile = configFile;
        WorkingDirectory = workingDirectory;
        ConfigStamp = configStamp;
        BaselineStamp = baselineStamp;
    }

    private LintProject(string? configFile, string workingDirectory, DateTime configStamp, CreepLintConfig config, EngineSet engines, KnownRules known, Baseline? baseline, DateTime baselineStamp)
        : this(configFile, workingDirectory, configStamp, baselineStamp)
    {
        Config = config;
        Engines = engines;
        Known = known;
        _baseline = baseline;
        Rules = engines.All.Rules.ToFrozenDictionary(r => r.Id, StringComparer.Ordinal);
    }

    /// <summary>The <c>.creeplint.yaml</c> in force, or null for the defaults.</summary>
    public string? ConfigFile { get; }

    /// <summary>The directory relative paths resolve against (the workspace folder).</summary>
    public string WorkingDirectory { get; }

    public CreepLintConfig? Config { get; }

    public EngineSet? Engines { get; }

    public KnownRules? Known { get; }

    /// <summary>Every loaded rule by id (hover and code actions describe the rule a finding names).</summary>
    public FrozenDictionary<string, RuleInfo> Rules { get; } = FrozenDictionary<string, RuleInfo>.Empty;

    /// <summary>Why the configuration could not be loaded: positioned problems (in the configuration, a rule file or the baseline).</summary>
    public ImmutableArray<RuleDiagnostic> Problems { get; private init; } = [];

    /// <summary>The one-line reason, when the problem has no position (a model file that cannot be read, no rules loaded).</summary>
    public string? Failure { get; private init; }

    public bool Failed => Config is null;

    private DateTime ConfigStamp { get; }

    private DateTime BaselineStamp { get; }

    /// <summary>A fresh baseline for one run (a run consumes the fingerprints it matches).</summary>
    public Baseline? NewBaseline() => _baseline?.Copy();

    /// <summary>Whether the configuration or baseline file changed on disk since this was loaded.</summary>
    public bool IsStale() =>
        Stamp(ConfigFile) != ConfigStamp || (Config?.Baseline is { } baseline && Stamp(baseline) != BaselineStamp);

    /// <summary>Loads the configuration governing files in <paramref name="directory"/> and compiles its rules.</summary>
    public static LintProject Load(string directory, string workingDirectory)
    {
        var configFile = ConfigLocator.Find(directory);
        var stamp = Stamp(configFile);
        try
        {
            var config = RunSetup.Discover(directory, workingDirectory);
            var (engines, known) = RunSetup.BuildEngines(config);
            var baseline = config.Baseline is { } path ? Baseline.Read(path) : null;
            return new LintProject(configFile, workingDirectory, stamp, config, engines, known, baseline, Stamp(config.Baseline));
        }
        catch (ConfigurationLoadException ex)
        {
            return new LintProject(configFile, workingDirectory, stamp, default) { Problems = ex.Diagnostics };
        }
        catch (RuleLoadException ex)
        {
            return new LintProject(configFile, workingDirectory, stamp, default) { Problems = ex.Diagnostics };
        }
        catch (Exception ex) when (ex is UsageException or IOException or UnauthorizedAccessException)
        {
            return new LintProject(configFile, workingDirectory, stamp, default) { Failure = ex.Message };
        }
    }

    private static DateTime Stamp(string? file) => file is not null && File.Exists(file) ? File.GetLastWriteTimeUtc(file) : default;
}
