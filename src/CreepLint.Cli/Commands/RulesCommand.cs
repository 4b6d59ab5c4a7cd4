using System.CommandLine;
using System.Text.Json;
using CreepLint.Cli.Reporting;

namespace CreepLint.Cli.Commands;

/// <summary><c>creeplint rules</c>: lists the loaded rules with id, category and effective severity.</summary>
internal static class RulesCommand
{
    public static Command Create(CliContext context)
    {
        var common = new CommonOptions();
        var format = new Option<string>("--format", "-f") { Description = "text (a table) or json.", DefaultValueFactory = _ => "text" };
        format.OneOf("text", "json");
        var command = new Command("rules", "List the loaded rules (default pack, --rules and the configuration's rules) with id, name, category and effective severity.") { format };
        foreach (var option in common.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var config = RunSetup.LoadConfig(parse, common, null, context);
            var engine = RunSetup.BuildEngines(config).Engines.All;
            var rules = engine.Rules.Select(r => (Rule: r, Disabled: !config.Settings.IsEnabled(r), Severity: config.Settings.SeverityOf(r, r.Severity))).ToList();
            if (parse.GetValue(format) == "json")
            {
                using var stream = new MemoryStream();
                using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
                {
                    json.WriteStartArray();
                    foreach (var (rule, disabled, severity) in rules)
                    {
                        json.WriteStartObject();
                        json.WriteString("id", rule.Id);
                        json.WriteString("name", rule.Name);
                        json.WriteString("category", rule.Category.ToId());
                        json.WriteString("severity", severity.Id());
                        json.WriteNumber("confidence", rule.Confidence);
                        json.WriteBoolean("enabled", !disabled);
                        json.WriteString("appliesTo", rule.AppliesTo switch { RuleTarget.Message => "message", RuleTarget.Rationale => "rationale", _ => "both" });
                        json.WriteString("source", rule.Source);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                }

                context.Out.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
                return ExitCodes.Success;
            }

            var idWidth = Math.Max(2, rules.Max(r => r.Rule.Id.Length));
            var nameWidth = Math.Max(4, rules.Max(r => r.Rule.Name.Length));
            context.Out.WriteLine($"{"ID".PadRight(idWidth)}  {"NAME".PadRight(nameWidth)}  {"CATEGORY",-21}  SEVERITY");
            foreach (var (rule, disabled, severity) in rules)
            {
                context.Out.WriteLine($"{rule.Id.PadRight(idWidth)}  {rule.Name.PadRight(nameWidth)}  {rule.Category.ToId(),-21}  {severity.Id()}{(disabled ? " (disabled)" : string.Empty)}");
            }

            context.Out.WriteLine($"{rules.Count} rules; 'creeplint explain ID' tells why each matters.");
            return ExitCodes.Success;
        });
        return command;
    }
}
