using System.Collections.Immutable;
using CreepLint.Model;
using CreepLint.Rules;
using CreepLint.Suppressions;
using CreepLint.Text;

namespace CreepLint.Configuration;

/// <summary>
/// Turns a configuration into an engine: the one place that decides what <c>rules</c>, <c>default-rules</c>, <c>model</c>,
/// <c>fields</c>, <c>thresholds</c>, <c>channels</c>, <c>disable</c> and <c>severity</c> mean, for
/// <see cref="CreepLintEngine.FromConfiguration"/> and for <c>creeplint</c> alike.
/// </summary>
internal static class ConfiguredEngine
{
    /// <summary>
    /// A builder with the configuration's rules, model, fields, thresholds and channels; not yet its <c>disable</c> and
    /// <c>severity</c>, which <see cref="Settle"/> layers on, so the built engine knows every loaded rule (suppressions
    /// and per-path overrides may name a rule the configuration disables).
    /// </summary>
    /// <param name="config">The configuration.</param>
    /// <param name="pathOrigin">How a missing rule directory's message names where the path came from; null for the configuration file.</param>
    /// <exception cref="ModelLoadException">The configured model file cannot be loaded.</exception>
    public static CreepLintEngineBuilder Builder(CreepLintConfig config, string? pathOrigin = null)
    {
        var builder = CreepLintEngine.CreateBuilder().AllowNoRules();
        builder.PathOrigin = pathOrigin ?? (config.File is null ? "'rules:' in the configuration" : $"'rules:' in {config.File}");
        if (!config.DefaultRules)
        {
            builder.WithoutDefaultRules();
        }

        foreach (var dir in config.RuleDirectories)
        {
            builder.AddRulesFromDirectory(dir);
        }

        foreach (var (glob, provenance) in config.Fields)
        {
            builder.ClassifyField(glob, provenance);
            if (FieldNames.Snake(glob) is var snake && !snake.Equals(glob, StringComparison.OrdinalIgnoreCase))
            {
                builder.ClassifyField(snake, provenance); // Template fields are read in snake_case (the CLI's template rewrites).
            }
        }

        if (!config.Model)
        {
            builder.WithoutModel();
        }
        else if (config.ModelFile is not null)
        {
            builder.UseModel(LinearCreepModel.Load(config.ModelFile));
        }

        builder.WithThresholds(config.Thresholds);
        foreach (var (id, thresholds) in config.Channels)
        {
            if (MessageChannels.TryParse(id, out var channel))
            {
                builder.WithChannelThresholds(channel.Value, thresholds);
            }
        }

        return builder;
    }

    /// <summary>Every rule, rule name or category the configuration names that <paramref name="known"/> lacks, with the nearest one.</summary>
    public static ImmutableArray<RuleDiagnostic> UnknownReferences(CreepLintConfig config, KnownRules known)
    {
        var problems = ImmutableArray.CreateBuilder<RuleDiagnostic>();
        foreach (var reference in config.RuleReferences)
        {
            if (!known.Contains(reference.Value))
            {
                var suggestion = Spelling.DidYouMean(reference.Value, known.All);
                problems.Add(new RuleDiagnostic(reference.File, reference.Line, reference.Column, "CL0109",
                    $"no rule or category is called '{reference.Value}'{(suggestion.Length > 0 ? suggestion : "; 'creeplint rules' lists them")}"));
            }
        }

        return problems.ToImmutable();
    }

    /// <summary>The configuration's own <c>disable</c>, <c>severity</c> and thresholds over <paramref name="all"/>: what a message no override touches is linted with.</summary>
    public static CreepLintEngine Settle(CreepLintEngine all, CreepLintConfig config) => all.With(config.Settings, config.Thresholds);

    /// <summary>The configuration at <paramref name="pathOrDirectory"/> (a file, or a directory searched upwards), or the defaults when a directory has none above it.</summary>
    public static CreepLintConfig Load(string pathOrDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pathOrDirectory);
        var full = CreepLintEngineBuilder.Resolve(pathOrDirectory);
        if (File.Exists(full))
        {
            return ConfigReader.Read(full);
        }

        if (Directory.Exists(full))
        {
            return ConfigLocator.Find(full) is { } found ? ConfigReader.Read(found) : new CreepLintConfig { Root = full };
        }

        throw ConfigurationLoadException.Single(pathOrDirectory, 1, 1, "CL0101",
            $"CreepLintEngine.FromConfiguration(\"{pathOrDirectory}\"): no file or directory at {full}"
            + (Path.IsPathFullyQualified(pathOrDirectory) ? string.Empty : " (relative paths are resolved against AppContext.BaseDirectory, the app's output folder)")
            + "; give the .creeplint.yaml file or a directory at or below it");
    }

    /// <summary>What <see cref="CreepLintEngine.FromConfiguration"/> returns: the engine <c>creeplint lint</c> lints a message with when no override or channel applies.</summary>
    public static CreepLintEngine Build(string pathOrDirectory) => Build(Load(pathOrDirectory));

    /// <summary>The engine for a configuration already read (from a file, or from text another source gave).</summary>
    public static CreepLintEngine Build(CreepLintConfig config)
    {
        var all = Builder(config).Build();
        if (all.Rules.IsEmpty)
        {
            throw ConfigurationLoadException.Single(config.File ?? config.Root, 1, 1, "CL0112",
                "no rules are loaded; drop 'default-rules: false' or list a directory with rule files under 'rules:'");
        }

        var problems = UnknownReferences(config, all.Known);
        if (problems.Length > 0)
        {
            throw new ConfigurationLoadException(problems);
        }

        return Settle(all, config);
    }
}
