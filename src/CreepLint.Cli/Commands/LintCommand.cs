using System.CommandLine;
using CreepLint.Cli.Inputs;
using CreepLint.Cli.Reporting;

namespace CreepLint.Cli.Commands;

/// <summary><c>creeplint lint &lt;paths…&gt;</c>: lints files, directories or standard input.</summary>
internal static class LintCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or directories to lint (.txt, .md, .html, .htm, .liquid, .hbs, .jsonl), or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: text (readable, with a caret under each span) or json.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var rules = new Option<string[]>("--rules")
        {
            Description = "A directory of extra rule files (*.yaml); may be repeated.",
            AllowMultipleArgumentsPerToken = false,
        };
        var noDefaults = new Option<bool>("--no-default-rules") { Description = "Leave the embedded default rule pack out (use with --rules)." };
        var kind = new Option<string>("--kind")
        {
            Description = "Lint plain-text inputs as 'message' (default) or 'rationale'. JSONL lines carry their own kind.",
            DefaultValueFactory = _ => "message",
        };
        kind.AcceptOnlyFromAmong("message", "rationale");

        var command = new Command("lint", "Lint message templates and offer rationales; exit 1 when any message fails, 2 on a usage or rule error.")
        {
            paths, format, rules, noDefaults, kind,
        };
        command.SetAction(parse =>
        {
            var builder = CreepLintEngine.CreateBuilder();
            if (!parse.GetValue(noDefaults))
            {
                builder.AddDefaultRules();
            }

            foreach (var dir in parse.GetValue(rules) ?? [])
            {
                builder.AddRulesFromDirectory(dir);
            }

            var engine = builder.Build();
            if (engine.Rules.IsEmpty)
            {
                throw new UsageException("no rules are loaded; drop --no-default-rules or give --rules a directory with rule files");
            }

            var defaultKind = parse.GetValue(kind) == "rationale" ? MessageKind.Rationale : MessageKind.Message;
            var problems = new List<InputProblem>();
            var files = InputReader.ExpandPaths(parse.GetValue(paths)!, problems).ToList();
            var items = files.SelectMany(f => InputReader.Read(f, context.In, problems))
                .Select(i => i.Format != TextFormat.Auto || i.Id is null ? i with { Kind = i.Id is null ? defaultKind : i.Kind } : i)
                .ToList();
            var results = engine.LintBatch([.. items.Select(i => new LintRequest(i.Text, i.Kind, i.Format))]);
            var run = new LintRun([.. items.Zip(results, (i, r) => new LintedItem(i, r))], problems, files.Count, engine);
            IReporter reporter = parse.GetValue(format) == "json" ? new JsonReporter() : new TextReporter();
            reporter.Write(run, context.Out);
            return run.Count(Verdict.Fail) > 0 ? ExitCodes.Findings : ExitCodes.Success;
        });
        return command;
    }
}
