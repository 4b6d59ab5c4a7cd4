using System.Collections.Concurrent;
using CreepLint.Configuration;
using CreepLint.Language;
using CreepLint.Cli.Inputs;
using CreepLint.Matching;

namespace CreepLint.Cli.Pipeline;

/// <summary>
/// The engines of one run: one per distinct rule settings and thresholds (the configuration's, each override's, each
/// channel's), derived from one compiled rule set the first time an item needs it and kept for the run. Rule settings go
/// into the engine, so a rule disabled for a file is never evaluated there, and the engine's score and verdict are the
/// ones reported. Thread-safe: linting threads ask for engines as they parse.
/// </summary>
internal sealed class EngineSet
{
    private readonly CreepLintConfig _config;
    private readonly ConcurrentDictionary<(string Settings, Thresholds Thresholds), Lazy<CreepLintEngine>> _engines = new();

    public EngineSet(CreepLintEngine all, CreepLintConfig config)
    {
        All = all;
        _config = config;
        Default = For(config.Settings, config.Thresholds);
    }

    /// <summary>One engine for every item, as without a configuration.</summary>
    public static EngineSet Single(CreepLintEngine engine) => new(engine, new CreepLintConfig { Root = Environment.CurrentDirectory, Thresholds = engine.Thresholds });

    /// <summary>Every loaded rule, before the configuration's settings: what suppressions, reports and 'creeplint rules' name.</summary>
    public CreepLintEngine All { get; }

    /// <summary>The configuration's own settings and thresholds: the engine for a message no override or channel touches.</summary>
    public CreepLintEngine Default { get; }

    /// <summary>The configuration's 'language:': the language of every item without its own, or null to identify each.</summary>
    public string? Language => _config.Language;

    /// <summary>The language to lint an item as: its own <c>lang</c>, else the configuration's (<see cref="ItemLanguage.Of"/>).</summary>
    public string? LanguageFor(string? itemLanguage) => ItemLanguage.Of(itemLanguage, _config.Language);

    /// <summary>Engines derived so far (tests check that equal settings share one).</summary>
    public int Count => _engines.Count;

    public CreepLintEngine For(RuleSettings settings, Thresholds thresholds) =>
        _engines.GetOrAdd((settings.Key, thresholds), _ => new Lazy<CreepLintEngine>(() => All.With(settings, thresholds))).Value;

    /// <summary>The engine for an item: its file's settings (configuration and matching overrides), with its channel's thresholds if the configuration has them, else its file's.</summary>
    public CreepLintEngine For(LintItem item) => For(item.File, item.Channel);

    /// <summary>The engine for a message of <paramref name="file"/> (null: no file) on <paramref name="channel"/> (null: none); the file's own channel wins.</summary>
    public CreepLintEngine For(SourceFile? file, string? channel)
    {
        channel = file?.Channel ?? channel;
        if (channel is not null && _config.Channels.TryGetValue(channel, out var byChannel))
        {
            return For(file?.Settings ?? _config.Settings, byChannel);
        }

        return file is null ? Default : file.Engine ??= For(file.Settings, file.Thresholds);
    }
}
