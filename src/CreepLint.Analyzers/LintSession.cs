using System.Collections.Concurrent;
using System.Collections.Immutable;
using CreepLint.Cli;
using CreepLint.Cli.Commands;
using CreepLint.Configuration;
using CreepLint.Cli.Pipeline;
using CreepLint.Suppressions;

namespace CreepLint.Analyzers;

/// <summary>
/// The engines for one configuration, built as <c>creeplint lint</c> builds them (<see cref="RunSetup.BuildEngines"/>)
/// and cached across compilations: typing in the editor makes a new compilation per keystroke, and compiling the rules
/// and reading the model again each time would cost far more than linting. Immutable and thread-safe.
/// </summary>
internal sealed class LintSession
{
    /// <summary>Configurations kept at once: one per project open in an IDE is the common case; past this the cache starts again.</summary>
    private const int MaxCached = 32;

    private static readonly ConcurrentDictionary<string, Lazy<LintSession>> s_cache = new(StringComparer.Ordinal);

    private LintSession(CreepLintConfig config, EngineSet engines, KnownRules known, ImmutableArray<RuleDiagnostic> problems, string? failure)
    {
        Config = config;
        Engines = engines;
        Known = known;
        Problems = problems;
        Failure = failure;
        Rules = engines.All.Rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
    }

    /// <summary>The effective configuration (defaults when the project lists no <c>.creeplint.yaml</c>).</summary>
    public CreepLintConfig Config { get; }

    /// <summary>Engines per rule settings and thresholds (configuration, overrides, channels).</summary>
    public EngineSet Engines { get; }

    /// <summary>Rule ids, names and categories suppressions may name.</summary>
    public KnownRules Known { get; }

    /// <summary>Every loaded rule by id, before the configuration's settings.</summary>
    public IReadOnlyDictionary<string, RuleInfo> Rules { get; }

    /// <summary>Problems in the configuration or rule files, positioned; when any is present nothing is linted.</summary>
    public ImmutableArray<RuleDiagnostic> Problems { get; }

    /// <summary>Why nothing can be linted when the problem has no position (a model file that cannot be read…), or null.</summary>
    public string? Failure { get; }

    /// <summary>Whether the session lints: no configuration, rule or model problem.</summary>
    public bool CanLint => Problems.IsEmpty && Failure is null;

    /// <summary>
    /// The session for a configuration file's text (null: no file) in <paramref name="projectDirectory"/>: the cached one
    /// when the same text was seen at the same path, else a new one. Never throws: problems are in the session.
    /// </summary>
    public static LintSession Get(string? configPath, string? configText, string projectDirectory)
    {
        var key = string.Concat(projectDirectory, "\0", configPath, "\0", configText);
        if (s_cache.Count >= MaxCached && !s_cache.ContainsKey(key))
        {
            s_cache.Clear();
        }

        return s_cache.GetOrAdd(key, _ => new Lazy<LintSession>(() => Create(configPath, configText, projectDirectory))).Value;
    }

    private static LintSession Create(string? configPath, string? configText, string projectDirectory)
    {
        var config = new CreepLintConfig { Root = projectDirectory };
        try
        {
            if (configPath is not null)
            {
                config = ConfigReader.Parse(configText ?? string.Empty, configPath);
            }

            config.PathBase ??= config.Root;
            var (engines, known) = RunSetup.BuildEngines(config);
            return new LintSession(config, engines, known, [], null);
        }
        catch (ConfigurationLoadException ex)
        {
            return Failed(config, ex.Diagnostics, null);
        }
        catch (RuleLoadException ex)
        {
            return Failed(config, ex.Diagnostics, null);
        }
        catch (UsageException ex)
        {
            return Failed(config, [], ex.Message);
        }
    }

    private static LintSession Failed(CreepLintConfig config, ImmutableArray<RuleDiagnostic> problems, string? failure) =>
        new(config, EngineSet.Single(CreepLintEngine.Default), CreepLintEngine.Default.Known, problems, failure);
}
