using System.CommandLine;
using CreepLint.Cli.Baselines;
using CreepLint.Cli.Pipeline;

namespace CreepLint.Cli.Commands;

/// <summary><c>creeplint baseline [paths…]</c>: records today's findings so a legacy repository can adopt CreepLint and fail only on new ones.</summary>
internal static class BaselineCommand
{
    public const string DefaultFileName = ".creeplint-baseline.json";

    public static Command Create(CliContext context)
    {
        var common = new CommonOptions();
        var inputs = new InputOptions();
        var output = new Option<string?>("--output", "-o")
        {
            Description = $"The baseline file to write (default: 'baseline:' from the configuration, else {DefaultFileName} next to it). Written atomically.",
        };
        var command = new Command("baseline",
            "Write a baseline of the current findings (fingerprinted on rule id, normalised matched text and message id, so it survives lines moving). " +
            "Then 'creeplint lint --baseline FILE' reports only new findings. Suppressed findings are not recorded.");
        foreach (var symbol in inputs.All)
        {
            LintCommand.Add(command, symbol);
        }

        foreach (var option in common.All.Append(output))
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var config = RunSetup.LoadConfig(parse, common, inputs, context);
            var path = parse.GetValue(output) is { } o ? Path.GetFullPath(o, context.WorkingDirectory) : config.Baseline ?? Path.Combine(config.Root, DefaultFileName);
            Outputs.OutputGuard.Check(path, RunSetup.InputFiles(config, parse.GetValue(inputs.Paths) ?? [], context.WorkingDirectory), "the baseline");
            var (engines, known) = RunSetup.BuildEngines(config);
            var counts = new Dictionary<string, Baseline.Entry>(StringComparer.Ordinal);
            Action<ReportedItem> record = item =>
            {
                foreach (var f in item.Findings)
                {
                    if (f.IsSuppressed)
                    {
                        continue;
                    }

                    counts[f.Fingerprint] = counts.TryGetValue(f.Fingerprint, out var e)
                        ? e with { Count = e.Count + 1 }
                        : new Baseline.Entry(f.Fingerprint, f.Finding.RuleId, item.Item.File?.FingerprintPath ?? item.Item.Source, item.Item.Id, f.Line, 1);
                }
            };
            LintRunner Runner(Baseline? accepted) => new(config, engines, known, context)
            {
                DefaultKind = parse.GetValue(inputs.Kind) == "rationale" ? MessageKind.Rationale : MessageKind.Message,
                TextColumn = parse.GetValue(inputs.TextColumn),
                IdColumn = parse.GetValue(inputs.IdColumn),
                Threads = parse.GetValue(inputs.Threads),
                Baseline = accepted,
            };
            var summary = Runner(null).Run(parse.GetValue(inputs.Paths) ?? [], record);

            // With every rule finding of a message accepted, the learned model may speak alone (its own finding, as in
            // 'lint --baseline'): lint once more against what is recorded, and record that too, so that 'lint' right after
            // 'baseline' reports nothing new.
            if (counts.Count > 0)
            {
                Runner(Baseline.Of([.. counts.Values])).Run(parse.GetValue(inputs.Paths) ?? [], record);
            }

            try
            {
                Baseline.Write(path, counts.Values);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new UsageException($"cannot write the baseline '{path}': {ex.Message}");
            }

            var total = counts.Values.Sum(e => e.Count);
            context.Out.WriteLine($"creeplint: wrote {total} finding{(total == 1 ? string.Empty : "s")} to {Inputs.FileWalker.DisplayPath(path, context.WorkingDirectory)} ({Reporting.TextReporter.Summary(summary)})");
            foreach (var p in summary.Problems)
            {
                context.Error.WriteLine($"{p.Source}:{p.Line}:{p.Column}: {p.Level} {p.Code}: {p.Message}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
