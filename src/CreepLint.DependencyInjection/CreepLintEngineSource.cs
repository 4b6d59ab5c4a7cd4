using System.Diagnostics;
using CreepLint.Configuration;
using CreepLint.Model;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CreepLint.DependencyInjection;

/// <summary>
/// Builds the app's one engine from <see cref="CreepLintOptions"/> the first time it is asked (at start-up, when the host
/// validates the options), logs that it did, and keeps it. Thread-safe.
/// </summary>
internal sealed partial class CreepLintEngineSource(ILogger<CreepLintEngineSource>? logger = null)
{
    private readonly Lock _lock = new();
    private readonly ILogger _logger = logger ?? (ILogger)NullLogger.Instance;
    private CreepLintOptions? _options;
    private CreepLintEngine? _engine;

    /// <summary>The engine for <paramref name="options"/>, built once (the options instance is the host's singleton).</summary>
    public CreepLintEngine For(CreepLintOptions options)
    {
        lock (_lock)
        {
            if (_engine is null || !ReferenceEquals(_options, options))
            {
                _engine = Build(options);
                _options = options;
            }

            return _engine;
        }
    }

    /// <summary>The engine the options describe.</summary>
    /// <exception cref="ConfigurationLoadException">The configuration has problems.</exception>
    /// <exception cref="RuleLoadException">A rule directory it names has problems.</exception>
    /// <exception cref="ModelLoadException">Its model cannot be loaded.</exception>
    /// <exception cref="InvalidOperationException">The section names a file and holds settings as well.</exception>
    private CreepLintEngine Build(CreepLintOptions value)
    {
        var watch = Stopwatch.StartNew();
        string source;
        CreepLintEngine engine;
        var settings = value.Section?.GetChildren().Where(c => !string.Equals(c.Key, SectionConfig.FileKey, StringComparison.OrdinalIgnoreCase)).Select(c => c.Key).ToList() ?? [];
        if (value.ConfigurationFile is { } file)
        {
            if (settings.Count > 0)
            {
                throw new InvalidOperationException(
                    $"CreepLint settings come from one place: {SectionConfig.FileKey} '{file}' is set, so the section must not also set {string.Join(", ", settings)}; move them into the .creeplint.yaml file, or drop {SectionConfig.FileKey}.");
            }

            engine = CreepLintEngine.FromConfiguration(file);
            source = file;
        }
        else if (value.Section is { } section && settings.Count > 0)
        {
            engine = SectionConfig.Build(section);
            source = section is Microsoft.Extensions.Configuration.IConfigurationSection s ? $"configuration section {s.Path}" : "configuration";
        }
        else
        {
            engine = CreepLintEngine.Default;
            source = "the defaults";
        }

        EngineBuilt(_logger, source, engine.Rules.Length, engine.Scorer is not null, engine.Thresholds.WarnAt, engine.Thresholds.FailAt, engine.ChannelThresholds.Count, watch.ElapsedMilliseconds);
        return engine;
    }

    [LoggerMessage(EventId = 1, EventName = "CreepLintEngineBuilt", Level = LogLevel.Information,
        Message = "CreepLint engine built from {Source}: {RuleCount} rules, model {ModelOn}, warn at {WarnAt}, fail at {FailAt}, {ChannelCount} channels with thresholds of their own, in {ElapsedMs} ms")]
    private static partial void EngineBuilt(ILogger logger, string source, int ruleCount, bool modelOn, int warnAt, int failAt, int channelCount, long elapsedMs);
}
