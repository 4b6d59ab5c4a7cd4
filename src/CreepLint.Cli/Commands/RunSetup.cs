using System.CommandLine;
using CreepLint.Configuration;
using CreepLint.Cli.Pipeline;
using CreepLint.Language;
using CreepLint.Suppressions;
using CreepLint.Model;

namespace CreepLint.Cli.Commands;

/// <summary>Loads the effective configuration and builds the engine from it, checking every rule the configuration names.</summary>
internal static class RunSetup
{
    /// <summary>Every file a run reads that an output must never replace: named paths, configuration, baseline, model and rule files.</summary>
    public static IEnumerable<string?> InputFiles(CreepLintConfig config, IEnumerable<string> paths, string workingDirectory, string? baseline = null)
    {
        foreach (var path in paths)
        {
            yield return path == "-" ? null : Path.GetFullPath(path, workingDirectory);
        }

        yield return config.File;
        yield return baseline;
        yield return config.ModelFile;
        foreach (var dir in config.RuleDirectories)
        {
            if (Directory.Exists(dir))
            {
                foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
                {
                    yield return file;
                }
            }
        }
    }

    public static CreepLintConfig LoadConfig(ParseResult parse, CommonOptions common, InputOptions? inputs, CliContext context)
    {
        var paths = inputs is null ? [] : parse.GetValue(inputs.Paths) ?? [];
        CreepLintConfig config;
        var explicitFile = parse.GetValue(common.Config);
        if (explicitFile is not null)
        {
            var full = Path.GetFullPath(explicitFile, context.WorkingDirectory);
            if (!File.Exists(full))
            {
                throw new UsageException($"the configuration file '{explicitFile}' does not exist; check --config or run 'creeplint init'");
            }

            config = ConfigReader.Read(full, Inputs.FileWalker.DisplayPath(full, context.WorkingDirectory));
        }
        else if (!parse.GetValue(common.NoConfig))
        {
            config = Discover(ConfigLocator.StartFor(paths, context.WorkingDirectory), context.WorkingDirectory);
        }
        else
        {
            config = new CreepLintConfig { Root = context.WorkingDirectory };
        }

        foreach (var dir in parse.GetValue(common.Rules) ?? [])
        {
            config.RuleDirectories.Add(Path.GetFullPath(dir, context.WorkingDirectory));
            config.Origins["rules"] = "command line";
        }

        if (parse.GetValue(common.NoDefaultRules))
        {
            config.DefaultRules = false;
            config.Origins["default-rules"] = "command line";
        }

        var modelFile = parse.GetValue(common.Model);
        if (parse.GetValue(common.NoModel))
        {
            if (modelFile is not null)
            {
                throw new UsageException("--model and --no-model contradict each other; give one of them");
            }

            config.Model = false;
            config.Origins["model"] = "command line";
        }
        else if (modelFile is not null)
        {
            config.Model = true;
            config.ModelFile = Path.GetFullPath(modelFile, context.WorkingDirectory);
            config.Origins["model"] = "command line";
        }

        if (inputs is not null)
        {
            config.Include.AddRange(parse.GetValue(inputs.Include) ?? []);
            config.Exclude.AddRange(parse.GetValue(inputs.Exclude) ?? []);
            if (parse.GetValue(inputs.NoDefaultExcludes))
            {
                config.DefaultExcludes = false;
                config.Origins["default-excludes"] = "command line";
            }

            if (parse.GetValue(inputs.Language) is { } language)
            {
                var parsed = ItemLanguage.Parse(language)
                    ?? throw new UsageException(ItemLanguage.Problem($"--language '{language}'"));
                config.Language = parsed.Length == 0 ? null : parsed;
                config.Origins["language"] = "command line";
            }

            if (parse.GetValue(inputs.FailOnUnsupportedLanguage))
            {
                config.FailOnUnsupportedLanguage = true;
                config.Origins["fail-on-unsupported-language"] = "command line";
            }

            if (parse.GetValue(inputs.PathBase) is { } pathBase)
            {
                var full = Path.GetFullPath(pathBase, context.WorkingDirectory);
                if (!Directory.Exists(full))
                {
                    throw new UsageException($"--path-base '{pathBase}' is not a directory; give the directory report paths should be relative to (usually the repository root)");
                }

                config.PathBase = full;
            }
        }

        config.PathBase ??= config.File is not null ? config.Root : null;

        return config;
    }

    /// <summary>
    /// The <c>.creeplint.yaml</c> found by walking up from <paramref name="startDirectory"/>, or the defaults rooted at
    /// <paramref name="workingDirectory"/> when there is none: what <c>lint</c> uses without <c>--config</c>, and what the
    /// language server uses for each open file.
    /// </summary>
    public static CreepLintConfig Discover(string startDirectory, string workingDirectory)
    {
        if (ConfigLocator.Find(startDirectory) is not { } found)
        {
            return new CreepLintConfig { Root = workingDirectory };
        }

        var config = ConfigReader.Read(found, Inputs.FileWalker.DisplayPath(found, workingDirectory));
        config.PathBase ??= config.Root;
        return config;
    }

    /// <summary>The engine with the configuration's settings and thresholds (what a message no override touches is linted with), and the rule names suppressions may use.</summary>
    public static (CreepLintEngine Engine, KnownRules Known) BuildEngine(CreepLintConfig config)
    {
        var (engines, known) = BuildEngines(config);
        return (engines.Default, known);
    }

    /// <summary>Compiles the rules once and checks every rule the configuration names; engines for per-path settings derive from it.</summary>
    public static (EngineSet Engines, KnownRules Known) BuildEngines(CreepLintConfig config)
    {
        CreepLintEngineBuilder builder;
        try
        {
            builder = ConfiguredEngine.Builder(config, "--rules or 'rules:' in the configuration");
        }
        catch (ModelLoadException ex)
        {
            throw new UsageException(ex.Message);
        }

        var engine = builder.Build();
        if (!engine.HasRules)
        {
            throw new UsageException("no rules are loaded; drop --no-default-rules (or 'default-rules: false') or give --rules a directory with rule files");
        }

        var known = engine.Known;
        var problems = ConfiguredEngine.UnknownReferences(config, known);
        if (problems.Length > 0)
        {
            throw new ConfigurationLoadException(problems);
        }

        return (new EngineSet(engine, config), known);
    }
}
