using System.CommandLine;
using CreepLint.Cli.Baselines;
using CreepLint.Cli.Reporting;

namespace CreepLint.Cli.Commands;

/// <summary><c>creeplint lint [paths…]</c>: lints files, directories or standard input and reports in any CI format.</summary>
internal static class LintCommand
{
    public static Command Create(CliContext context)
    {
        var common = new CommonOptions();
        var inputs = new InputOptions();
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: text (grouped by file, coloured on a terminal), json, jsonl (one finding per line), sarif (SARIF 2.1.0 for " +
                "code scanning), github (workflow-command annotations), junit (one test case per message), markdown (a summary table for a PR comment), " +
                "html (a self-contained review page for people: every message with its findings highlighted), " +
                "msbuild (file(line,col): warning CL1001: … lines for MSBuild's Exec and IDEs).",
            DefaultValueFactory = _ => "text",
        };
        format.OneOf(Reporters.Formats);
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output (written whole, or not at all)." };
        var baseline = new Option<string?>("--baseline")
        {
            Description = "Report only findings not in this baseline file (from 'creeplint baseline'). Default: 'baseline:' from the configuration.",
        };
        var noBaseline = new Option<bool>("--no-baseline") { Description = "Ignore the baseline named in the configuration; report every finding." };
        var failOn = new Option<string?>("--fail-on") { Description = "Exit 1 when any message reaches this verdict: warn or fail (default: 'fail-on:' from the configuration, else fail)." };
        failOn.OneOf("warn", "fail");
        var maxScore = new Option<int?>("--max-score") { Description = "Also exit 1 when any message scores above N (0–100)." };
        maxScore.WholeNumber(0, 100);
        var redact = new Option<bool>("--redact") { Description = "Mask e-mail addresses, phone numbers, card-like numbers and placeholder values in excerpts and snippets, in every format." };
        var color = new Option<string>("--color")
        {
            Description = "Colour the text report: auto (on a terminal unless NO_COLOR is set), always or never.",
            DefaultValueFactory = _ => "auto",
        };
        color.OneOf("auto", "always", "never");
        var includeText = new Option<bool>("--include-text")
        {
            Description = "JSON only: add each message's text as a reader sees it, the findings the baseline accepted and the rules' names, " +
                "so 'creeplint report' can draw the HTML page from the saved report.",
        };
        var noProgress = new Option<bool>("--no-progress") { Description = "Never show the progress bar (it only appears on an interactive terminal outside CI anyway)." };

        var command = new Command("lint", "Lint message templates, catalogs and offer rationales. Exit 0: nothing reaches --fail-on or --max-score; 1: something does; 2: usage or configuration error.");
        foreach (var symbol in inputs.All)
        {
            Add(command, symbol);
        }

        foreach (var option in common.All.Concat([format, output, baseline, noBaseline, failOn, maxScore, redact, color, includeText, noProgress]))
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var config = RunSetup.LoadConfig(parse, common, inputs, context);
            var baselinePath = parse.GetValue(noBaseline) ? null
                : parse.GetValue(baseline) is { } b ? Path.GetFullPath(b, context.WorkingDirectory) : config.Baseline;
            var outputPath = parse.GetValue(output);
            if (outputPath is not null)
            {
                Outputs.OutputGuard.Check(Path.GetFullPath(outputPath, context.WorkingDirectory),
                    RunSetup.InputFiles(config, parse.GetValue(inputs.Paths) ?? [], context.WorkingDirectory, baselinePath), "the report");
            }

            var (engines, known) = RunSetup.BuildEngines(config);
            var failVerdict = parse.GetValue(failOn) switch { "warn" => Verdict.Warn, "fail" => Verdict.Fail, _ => config.FailOn };
            var max = parse.GetValue(maxScore) ?? config.MaxScore;
            var formatName = parse.GetValue(format)!;
            if (parse.GetValue(includeText) && formatName != "json")
            {
                throw new UsageException($"--include-text adds message text to the JSON report; use it with --format json, not {formatName} (--format html always has the text)");
            }

            var colorMode = parse.GetValue(color);
            var useColor = formatName == "text" && outputPath is null &&
                (colorMode == "always" || (colorMode == "auto" && context.OutIsTerminal && string.IsNullOrEmpty(context.Environment("NO_COLOR"))));

            var runner = new LintRunner(config, engines, known, context)
            {
                Baseline = baselinePath is null ? null : Baseline.Read(baselinePath),
                DefaultKind = parse.GetValue(inputs.Kind) == "rationale" ? MessageKind.Rationale : MessageKind.Message,
                TextColumn = parse.GetValue(inputs.TextColumn),
                IdColumn = parse.GetValue(inputs.IdColumn),
                Threads = parse.GetValue(inputs.Threads),
            };

            using var target = ReportOutput.Open(context.Out, outputPath is null ? null : Path.GetFullPath(outputPath, context.WorkingDirectory));
            var redactor = new Redactor(parse.GetValue(redact));
            using var reporter = Reporters.Create(formatName, target, new ReportSettings(engines.All, redactor, useColor, failVerdict, config.PathBase ?? context.WorkingDirectory, parse.GetValue(includeText)));
            var showProgress = !parse.GetValue(noProgress) && context.ErrorIsTerminal && (outputPath is not null || !context.OutIsTerminal) && !IsCi(context);
            var summary = ProgressDisplay.Run(context, showProgress, progress =>
            {
                runner.Progress = progress;
                return runner.Run(parse.GetValue(inputs.Paths) ?? [], item =>
                {
                    redactor.AddPersonal(item.Item.PersonalValues);
                    reporter.Write(item);
                });
            });
            reporter.End(summary);
            target.Commit();
            if (outputPath is not null)
            {
                context.Error.WriteLine($"creeplint: wrote the {formatName} report to {outputPath}: {Reporting.TextReporter.Summary(summary)}");
            }

            if (summary.Problems.Any(p => p.Code == "CL0209"))
            {
                return ExitCodes.UsageOrConfig;
            }

            var failed = summary.Fail > 0 || (failVerdict == Verdict.Warn && summary.Warn > 0) || (max is { } m && summary.MaxScore > m);
            // Fail closed: a run that left something unread never passes (exit 2), unless it already fails on what was read.
            return failed ? ExitCodes.Findings : summary.Unread > 0 ? ExitCodes.UsageOrConfig : ExitCodes.Success;
        });
        return command;
    }

    internal static bool IsCi(CliContext context) =>
        !string.IsNullOrEmpty(context.Environment("CI")) || !string.IsNullOrEmpty(context.Environment("GITHUB_ACTIONS")) || !string.IsNullOrEmpty(context.Environment("TF_BUILD"));

    internal static void Add(Command command, Symbol symbol)
    {
        switch (symbol)
        {
            case Argument argument:
                command.Arguments.Add(argument);
                break;
            case Option option:
                command.Options.Add(option);
                break;
        }
    }
}
