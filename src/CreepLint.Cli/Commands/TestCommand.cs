using System.CommandLine;
using CreepLint.Rules;

namespace CreepLint.Cli.Commands;

/// <summary>
/// <c>creeplint test [rules-dir]</c>: runs every rule's examples, like <c>vale test</c> and <c>semgrep --test</c>: a rule
/// that misses one of its bad examples, or flags one of its good examples, fails.
/// </summary>
internal static class TestCommand
{
    public static Command Create(CliContext context)
    {
        var common = new CommonOptions();
        var dir = new Argument<string?>("rules-dir")
        {
            Description = "A directory of rule files to test, alone (default: the embedded pack plus the rules named by the configuration or --rules).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("test", "Run every rule's good and bad examples; report rules that never fire on their bad examples or fire on good ones. Exit 1 if any does.") { dir };
        foreach (var option in common.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            CreepLintEngine engine;
            if (parse.GetValue(dir) is { } rulesDir)
            {
                var full = Path.GetFullPath(rulesDir, context.WorkingDirectory);
                if (!Directory.Exists(full))
                {
                    throw new UsageException($"the rules directory '{rulesDir}' does not exist");
                }

                engine = RuleExampleCheck.FolderEngine(full);
                if (engine.Rules.IsEmpty)
                {
                    throw new UsageException($"'{rulesDir}' holds no rules (*.yaml files with a 'rules:' list)");
                }
            }
            else
            {
                var config = RunSetup.LoadConfig(parse, common, null, context);
                engine = RunSetup.BuildEngine(config).Engine;
            }

            var failures = 0;
            var examples = 0;
            foreach (var check in RuleExampleCheck.Of(engine))
            {
                examples++;
                if (!check.Holds(engine))
                {
                    failures++;
                    context.Out.WriteLine(check.Failure);
                }
            }

            context.Out.WriteLine($"{engine.Rules.Length} rules, {examples} examples: {(failures == 0 ? "all pass" : $"{failures} failed")}");
            return failures == 0 ? ExitCodes.Success : ExitCodes.Findings;
        });
        return command;
    }
}
