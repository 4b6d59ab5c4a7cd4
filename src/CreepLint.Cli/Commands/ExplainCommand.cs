using System.CommandLine;

namespace CreepLint.Cli.Commands;

/// <summary><c>creeplint explain ID</c>: why a rule exists, its examples, what to write instead and its references.</summary>
internal static class ExplainCommand
{
    public static Command Create(CliContext context)
    {
        var common = new CommonOptions();
        var id = new Argument<string>("id") { Description = "A rule id (CL1001) or name (asserted-health-condition)." };
        var command = new Command("explain", "Explain a rule: what it catches, why it is creepy, bad and good examples, what to write instead, references.") { id };
        foreach (var option in common.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var config = RunSetup.LoadConfig(parse, common, null, context);
            var engine = RunSetup.BuildEngines(config).Engines.All;
            var wanted = parse.GetValue(id)!;
            var rule = engine.Rules.FirstOrDefault(r => string.Equals(r.Id, wanted, StringComparison.OrdinalIgnoreCase) || string.Equals(r.Name, wanted, StringComparison.OrdinalIgnoreCase));
            if (rule is null)
            {
                throw new UsageException($"no rule is called '{wanted}'{CreepLint.Rules.Spelling.DidYouMean(wanted, engine.Rules.Select(r => r.Id).Concat(engine.Rules.Select(r => r.Name)))}; 'creeplint rules' lists them");
            }

            Reporting.RuleExplanation.WriteText(context.Out, rule, config.Settings.SeverityOf(rule, rule.Severity));
            return ExitCodes.Success;
        });
        return command;
    }
}
