using System.CommandLine;
using System.Globalization;
using CreepLint.Cli.Config;
using CreepLint.Configuration;

namespace CreepLint.Cli.Commands;

/// <summary><c>creeplint config --print</c>: shows the effective configuration (file, defaults and command-line options merged) and validates it.</summary>
internal static class ConfigCommand
{
    public static Command Create(CliContext context)
    {
        var common = new CommonOptions();
        var print = new Option<bool>("--print") { Description = "Print the effective configuration as YAML (exit 2 with file:line:column errors if it is invalid)." };
        var path = new Argument<string?>("path") { Description = "Find the configuration from this path instead of the current directory.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("config", "Validate and show the effective configuration.") { path, print };
        foreach (var option in common.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            if (!parse.GetValue(print))
            {
                throw new UsageException("say what to do with the configuration: 'creeplint config --print'");
            }

            var start = parse.GetValue(path);
            var config = RunSetup.LoadConfig(parse, common, null, context with { WorkingDirectory = start is null ? context.WorkingDirectory : Path.GetFullPath(start, context.WorkingDirectory) });
            var engine = RunSetup.BuildEngines(config).Engines.All;
            Write(context.Out, config, engine);
            return ExitCodes.Success;
        });
        return command;
    }

    internal static void Write(TextWriter o, CreepLintConfig config, CreepLintEngine engine)
    {
        o.WriteLine($"# effective configuration; file: {config.File ?? "(none found; defaults)"}");
        o.WriteLine($"# root: {config.Root}");
        o.WriteLine($"# rules loaded: {engine.Rules.Length}");
        o.WriteLine($"include: {List(config.Include.Count == 0 ? ["**/*"] : config.Include)}");
        o.WriteLine($"exclude: {List(config.Exclude)}");
        if (config.PersonalFields.Count > 0)
        {
            o.WriteLine($"personal-fields: {List(config.PersonalFields)}");
        }
        o.WriteLine($"default-excludes: {(config.DefaultExcludes ? "true" : "false")}  # {string.Join(' ', Inputs.DefaultExcludes.Description)}");
        o.WriteLine("formats:" + (config.Formats.Count == 0 ? " {}" : string.Empty));
        foreach (var mapping in config.Formats)
        {
            o.WriteLine($"  \"{mapping.Key}\": {Inputs.InputFormats.Names.First(n => n.Value == mapping.Format).Key}");
        }
        o.WriteLine($"rules: {List(config.RuleDirectories)}");
        o.WriteLine($"default-rules: {(config.DefaultRules ? "true" : "false")}");
        o.WriteLine($"disable: {List(config.Settings.Disabled.Order(StringComparer.Ordinal))}");
        o.WriteLine("severity:" + (config.Settings.Severities.IsEmpty ? " {}" : string.Empty));
        foreach (var (key, value) in config.Settings.Severities.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            o.WriteLine($"  {key}: {Reporting.Reporters.Id(value)}");
        }

        o.WriteLine($"thresholds: {{ warn: {config.Thresholds.WarnAt}, fail: {config.Thresholds.FailAt} }}");
        o.WriteLine("channels:" + (config.Channels.Count == 0 ? " {}" : string.Empty));
        foreach (var (channel, t) in config.Channels.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            o.WriteLine($"  {channel}: {{ warn: {t.WarnAt}, fail: {t.FailAt} }}");
        }

        o.WriteLine($"model: {(config.Model ? "true" : "false")}{(config.ModelFile is null ? string.Empty : $"  # {config.ModelFile}")}");
        o.WriteLine("fields:" + (config.Fields.Count == 0 ? " {}" : string.Empty));
        foreach (var (glob, provenance) in config.Fields)
        {
            o.WriteLine($"  \"{glob}\": {(provenance == FieldProvenance.ThirdParty ? "third-party" : provenance.ToString().ToLowerInvariant())}");
        }

        o.WriteLine($"fail-on: {(config.FailOn == Verdict.Warn ? "warn" : "fail")}");
        o.WriteLine($"max-score: {(config.MaxScore is { } m ? m.ToString(CultureInfo.InvariantCulture) : "null")}");
        o.WriteLine($"baseline: {config.Baseline ?? "null"}");
        o.WriteLine($"csv: {{ text-column: {config.TextColumn ?? "null"}, id-column: {config.IdColumn ?? "null"} }}");
        o.WriteLine("overrides:" + (config.Overrides.Count == 0 ? " []" : string.Empty));
        foreach (var entry in config.Overrides)
        {
            o.WriteLine($"  - files: {List(entry.Globs)}");
            if (entry.Channel is not null)
            {
                o.WriteLine($"    channel: {entry.Channel}");
            }

            if (entry.Thresholds is { } t)
            {
                o.WriteLine($"    thresholds: {{ warn: {t.WarnAt}, fail: {t.FailAt} }}");
            }

            if (!entry.Settings.Disabled.IsEmpty)
            {
                o.WriteLine($"    disable: {List(entry.Settings.Disabled.Order(StringComparer.Ordinal))}");
            }
        }
    }

    private static string List(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(i => $"\"{i.Replace("\"", "\\\"", StringComparison.Ordinal)}\"")) + "]";
}
